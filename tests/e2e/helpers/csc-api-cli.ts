// Runs the real csc-api command (the npm package's bundle, made by `npm run build`) and the mock DfE API
// that ships with it, from an end-to-end test. Runs in Node under Playwright.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = join(process.cwd(), 'submitter', 'bin', 'csc-api.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `csc-api <args>` in `cwd` with exactly `env` (and PATH), and waits for it to finish. */
export function runCscApi(args: string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  const result: CliResult = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => {
    result.stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    result.stderr += chunk.toString();
  });
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      result.code = code;
      resolve(result);
    }),
  );
}

export interface MockApi {
  /** API_ENDPOINT, TOKEN_ENDPOINT, SCOPE and made-up credentials: the settings a run against the mock needs. */
  settings: Record<string, string>;
  stop: () => Promise<void>;
}

/** Starts `csc-api mock-api` on a free port, as an LA would for its own tests. */
export async function startMockApi(cwd: string): Promise<MockApi> {
  const child = spawn(process.execPath, [bin, 'mock-api', '--port', '0'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const started = Date.now();
  while (!output.includes('SCOPE=')) {
    if (Date.now() - started > 20_000) throw new Error(`The mock DfE API did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const setting = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(output)?.[1] ?? '';
  return {
    settings: {
      API_ENDPOINT: setting('API_ENDPOINT'),
      TOKEN_ENDPOINT: setting('TOKEN_ENDPOINT'),
      SCOPE: setting('SCOPE'),
      CLIENT_ID: 'compare-test',
      CLIENT_SECRET: 'compare-test-secret',
      SUPPLIER_KEY: 'compare-test-key',
      LA_CODE: '201',
    },
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** The request bodies a dry run wrote to its audit folder, in the order it would send them. */
export function dryRunRequests(auditFolder: string): string[] {
  const folder = join(auditFolder, 'batches');
  return readdirSync(folder)
    .filter((name) => name.endsWith('-request.json'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}
