// Test harness: a temporary folder, a mock DfE API on loopback, the CLI run in-process with captured
// output, and the checks every submitter test ends with. Runs in Node under Vitest.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect } from 'vitest';
import { main } from '../../src/cli.ts';
import type { ExitCode } from '../../src/exit-codes.ts';
import { MockDfeApi, type MockOptions } from '../../src/mock-api/mock-dfe-api.ts';
import { StateStore } from '../../src/state/state-store.ts';

/** Secret values with characters that change under URL and JSON encoding, to catch encoded leaks too. */
export const secrets = {
  clientSecret: 'Cl13nt~Secret+With/Special=Chars&More',
  supplierKey: 'supplier-key-5f2b9c1d7e8a4b3c',
};

export interface Harness {
  dir: string;
  mock: MockDfeApi;
  env: Record<string, string>;
  outputs: string[];
  statePath: string;
  auditDir: string;
  writeInput(name: string, records: unknown[]): string;
  cli(
    argv: string[],
    extraEnv?: Record<string, string>,
    now?: () => Date,
  ): Promise<{ code: ExitCode; stdout: string; stderr: string }>;
  close(): Promise<void>;
}

/**
 * Gives each test in the file a fresh harness and, after it, searches its artefacts for the secrets
 * and closes it. Call at the top of a test file; the returned function gives the current test's harness.
 */
export function useHarness(): () => Harness {
  let current: Harness | null = null;
  beforeEach(async () => {
    current = await startHarness();
  });
  afterEach(async () => {
    if (current === null) return;
    const harness = current;
    current = null;
    expectNoSecrets(harness);
    await harness.close();
  });
  return () => {
    if (current === null) throw new Error('useHarness: the harness exists only while a test runs');
    return current;
  };
}

export async function startHarness(mockOptions: MockOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'csc-api-test-'));
  const mock = new MockDfeApi({
    credentials: {
      clientId: 'test-client',
      clientSecret: secrets.clientSecret,
      supplierKey: secrets.supplierKey,
    },
    ...mockOptions,
  });
  await mock.listen();
  const { apiEndpoint, tokenEndpoint } = mock.endpoints;
  const statePath = join(dir, 'state.sqlite');
  const auditDir = join(dir, 'audit');
  const env: Record<string, string> = {
    API_ENDPOINT: apiEndpoint,
    TOKEN_ENDPOINT: tokenEndpoint,
    CLIENT_ID: 'test-client',
    CLIENT_SECRET: secrets.clientSecret,
    SCOPE: 'api://mock-csc-api',
    SUPPLIER_KEY: secrets.supplierKey,
    LA_CODE: '201',
    CSC_STATE: statePath,
    CSC_AUDIT_DIR: auditDir,
    // Tiny backoff so retry tests stay fast.
    CSC_RETRY_BASE_DELAY_MS: '5',
    CSC_RETRY_MAX_DELAY_MS: '20',
    CSC_TIMEOUT: '5',
  };
  const outputs: string[] = [];
  return {
    dir,
    mock,
    env,
    outputs,
    statePath,
    auditDir,
    writeInput(name, records) {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(records));
      return path;
    },
    async cli(argv, extraEnv = {}, now = () => new Date()) {
      const result = await runCli(argv, { env: { ...env, ...extraEnv }, cwd: dir, now });
      outputs.push(result.stdout, result.stderr);
      return result;
    },
    async close() {
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the CLI in-process in `cwd` with exactly `env`, capturing what it writes. */
export async function runCli(
  argv: string[],
  outside: { env: Record<string, string>; cwd: string; now?: () => Date; fetch?: typeof globalThis.fetch },
): Promise<{ code: ExitCode; stdout: string; stderr: string }> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: process.stdin,
    env: outside.env,
    cwd: outside.cwd,
    now: outside.now ?? (() => new Date()),
    fetch: outside.fetch ?? globalThis.fetch,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function collector(): { stream: NodeJS.WritableStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Every file under `dir` (the state file, audit folders, inputs) and every output, searched for secrets. */
export function expectNoSecrets(harness: Harness, extraSecrets: string[] = []): void {
  const values = [
    secrets.clientSecret,
    secrets.supplierKey,
    encodeURIComponent(secrets.clientSecret),
    ...harness.mock.issuedTokens,
    ...extraSecrets,
  ];
  const haystacks: [string, string][] = harness.outputs.map((text, index) => [`output ${index}`, text]);
  // A .env file is where the user keeps the secrets, so it is the one file allowed to hold them.
  for (const file of listFiles(harness.dir).filter((path) => !path.endsWith('.env')))
    haystacks.push([file, readFileSync(file).toString('latin1')]);
  expect(haystacks.length).toBeGreaterThan(0);
  for (const [where, text] of haystacks) {
    for (const value of values) {
      if (text.includes(value)) throw new Error(`a secret was found in ${where}`);
    }
  }
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

/**
 * The submitter's promise: every input child is sent with a receipt or failed with a reason, and
 * a child the DfE stored more than once was recorded as ambiguous.
 */
export function expectInvariant(harness: Harness, inputIds: readonly string[]): void {
  const store = StateStore.open(harness.statePath);
  try {
    const rows = new Map(store.status.children().map((row) => [row.la_child_id, row]));
    for (const id of inputIds) {
      const row = rows.get(id);
      expect(row, `state row for ${id}`).toBeDefined();
      if (row === undefined) continue;
      if (row.status === 'sent' || row.status === 'deleted') {
        expect(row.receipt, `receipt for ${id}`).toMatch(/[0-9a-f]{8}-/);
      } else {
        expect(['failed', 'invalid'], `status of ${id}`).toContain(row.status);
        expect(row.last_error, `reason for ${id}`).toBeTruthy();
      }
    }
    // The same content stored twice is a duplicate; a change or a deletion after a send is not.
    const copies = new Map<string, { id: string; count: number }>();
    for (const { laChildId, record } of harness.mock.received) {
      const key = `${laChildId}\u0000${JSON.stringify(record)}`;
      const entry = copies.get(key) ?? { id: laChildId, count: 0 };
      entry.count += 1;
      copies.set(key, entry);
    }
    for (const { id, count } of copies.values()) {
      if (count > 1) {
        expect(
          rows.get(id)?.ambiguous_sends ?? 0,
          `${id} stored ${count} times must be recorded as ambiguous`,
        ).toBeGreaterThanOrEqual(count - 1);
      }
    }
  } finally {
    store.close();
  }
}
