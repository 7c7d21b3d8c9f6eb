// The commands `csc-api` offers, in the order `csc-api --help` lists them. Each command's code (and the
// drivers it needs) is imported only when that command runs, so `--version` and `--help` start quickly.
import type { Command } from '../command.ts';

export interface CommandEntry {
  readonly name: string;
  /** One line for `csc-api --help`. */
  readonly summary: string;
  load(): Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'run',
    summary: 'validate a snapshot and send it to the DfE CSC API (full or delta)',
    load: async () => (await import('./run/run-command.ts')).runCommand,
  },
  {
    name: 'test-endpoint',
    summary: 'check the credentials and the connection with a token and one empty request',
    load: async () => (await import('./test-endpoint/test-endpoint-command.ts')).testEndpointCommand,
  },
  {
    name: 'status',
    summary: 'show pending, sent and failed records and the last runs',
    load: async () => (await import('./status/status-command.ts')).statusCommand,
  },
  {
    name: 'doctor',
    summary: 'check settings, DNS, proxy, TLS and clock, and print a redacted support bundle',
    load: async () => (await import('./doctor/doctor-command.ts')).doctorCommand,
  },
  {
    name: 'mock-api',
    summary: 'run a local look-alike of the DfE API, with faults you can switch on, for trial runs',
    load: async () => (await import('./mock-api/mock-api-command.ts')).mockApiCommand,
  },
  {
    name: 'init-db',
    summary: 'create the SSD staging table in PostgreSQL or SQL Server, for local testing',
    load: async () => (await import('./init-db/init-db-command.ts')).initDbCommand,
  },
  {
    name: 'validate',
    summary: 'check JSON or NDJSON files against the DfE CSC API spec',
    load: async () => (await import('./validate/validate-command.ts')).validateCommand,
  },
  {
    name: 'generate',
    summary: 'write a batch of synthetic child records (never real data)',
    load: async () => (await import('./generate/generate-command.ts')).generateCommand,
  },
];
