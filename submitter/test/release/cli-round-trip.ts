// The commands every release test runs against an installed csc-api (the executable, or the npm package
// installed from its tarball): each in an empty folder, with only the environment it is given.
// Runs in Node under Vitest.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Installed {
  /** The program to start and the arguments that come before the command's. */
  command: string;
  prefixArgs: string[];
  /** The folder commands run in; empty at the start. */
  dir: string;
  /** The whole environment: nothing of the test process's leaks in. */
  env: Record<string, string>;
}

function start(csc: Installed, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(csc.command, [...csc.prefixArgs, ...args], {
    cwd: csc.dir,
    env: { ...csc.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCsc(
  csc: Installed,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<Outcome> {
  const child = start(csc, args, extraEnv);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `csc-api mock-api` in the background and resolves with its endpoints once it listens. */
async function startMockApi(
  csc: Installed,
): Promise<{ endpoints: Record<string, string>; stop(): Promise<string> }> {
  const child = start(csc, ['mock-api', '--port', '0']);
  let stdout = '';
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const endpoints = await new Promise<Record<string, string>>((resolve, reject) => {
    child.on('close', (code) =>
      reject(new Error(`mock-api exited with ${code} before listening: ${stdout}`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const api = /^API_ENDPOINT=(\S+)$/m.exec(stdout)?.[1];
      const token = /^TOKEN_ENDPOINT=(\S+)$/m.exec(stdout)?.[1];
      if (api && token) resolve({ API_ENDPOINT: api, TOKEN_ENDPOINT: token });
    });
  });
  return {
    endpoints,
    async stop() {
      child.kill('SIGTERM');
      await closed;
      return stdout;
    },
  };
}

const noWarning = (outcome: Outcome) => expect(outcome.stderr).not.toMatch(/Warning|experimental/i);

/**
 * --version, generate, validate (exit codes 0, 1 and 2), a run with no settings, a missing --settings-file,
 * a run and status against
 * mock-api, init-db --print.
 */
export async function expectEveryCommandWorks(
  csc: Installed,
  version: string,
  nodeVersion: string,
): Promise<void> {
  const shown = await runCsc(csc, ['--version']);
  expect(shown).toMatchObject({ code: 0, stderr: '' });
  expect(shown.stdout).toMatch(
    new RegExp(
      `^csc-api ${version.replaceAll('.', '\\.')} \\(DfE spec \\d+\\.\\d+\\.\\d+, Node ${nodeVersion}\\)\\n$`,
    ),
  );

  const generated = await runCsc(csc, ['generate', '--count', '10', '--out', 'records.json']);
  expect(generated.code).toBe(0);
  expect(JSON.parse(readFileSync(join(csc.dir, 'records.json'), 'utf8'))).toHaveLength(10);
  expect((await runCsc(csc, ['generate', '--with-problems', '--out', 'problems.json'])).code).toBe(0);

  const valid = await runCsc(csc, ['validate', 'records.json']);
  expect(valid.code).toBe(0);
  noWarning(valid);
  const invalid = await runCsc(csc, ['validate', 'problems.json']);
  expect(invalid.code).toBe(1);
  expect(invalid.stdout).toMatch(/error/);
  const missing = await runCsc(csc, ['validate', 'no-such-file.json']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('no-such-file.json');
  expect(missing.stderr).not.toMatch(/\n\s+at /);

  const unset = await runCsc(csc, ['run', '--input', 'records.json']);
  expect(unset.code).toBe(2);
  expect(unset.stderr).toContain('csc-api run: there is a problem with the settings');
  expect(unset.stderr).toContain('API_ENDPOINT is not set');

  // Node.js takes --env-file for itself in an executable: --settings-file must reach csc-api there.
  const noFile = await runCsc(csc, ['status', '--settings-file', 'no-such.env']);
  expect(noFile.code).toBe(2);
  expect(noFile.stderr).toContain('there is no settings file at');
  expect(noFile.stderr).toContain('no-such.env');

  const mock = await startMockApi(csc);
  const settings = {
    ...mock.endpoints,
    CLIENT_ID: 'release-test',
    CLIENT_SECRET: 'release-test-secret',
    SCOPE: 'api://mock-csc-api',
    SUPPLIER_KEY: 'release-test-key',
    LA_CODE: '201',
  };
  let run: Outcome;
  try {
    run = await runCsc(csc, ['run', '--input', 'records.json'], settings);
  } finally {
    expect(await mock.stop()).toContain('The mock stored 10 records');
  }
  expect(run.code, run.stderr).toBe(0);
  noWarning(run);
  const status = await runCsc(csc, ['status', '--json']);
  expect(status.code).toBe(0);
  noWarning(status);
  expect(JSON.parse(status.stdout).counts).toMatchObject({ sent: 10 });

  const sql = await runCsc(csc, ['init-db', '--source', 'postgres', '--print']);
  expect(sql.code).toBe(0);
  expect(sql.stdout).toMatch(/CREATE TABLE/i);
}
