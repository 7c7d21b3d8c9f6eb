// `csc-api mock-api` as an LA would run it: a separate process, faults from flags, stopped with Ctrl+C.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { buildCli } from './helpers/build-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csc-mock-command-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A context for calling the CLI in-process, with stdout and stderr collected into one string. */
function collectingContext(env: Record<string, string>) {
  const collected = { text: '' };
  const collect = {
    write: (chunk: string) => {
      collected.text += chunk;
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const context = {
    stdout: collect,
    stderr: collect,
    stdin: process.stdin,
    env,
    cwd: dir,
    now: () => new Date(),
    fetch: globalThis.fetch,
  };
  return { collected, context };
}

describe('csc-api mock-api', () => {
  it('prints the settings to use, applies --fault flags in order, and stops cleanly on SIGINT', async () => {
    const entry = await buildCli(dir);
    const child = spawn(
      process.execPath,
      [entry, 'mock-api', '--port', '0', '--fault', '503', '--forbidden'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!output.includes('TOKEN_ENDPOINT=')) {
      if (Date.now() - started > 15_000) throw new Error(`the mock did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const setting = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(output)?.[1] ?? '';
    const env = {
      API_ENDPOINT: setting('API_ENDPOINT'),
      TOKEN_ENDPOINT: setting('TOKEN_ENDPOINT'),
      SCOPE: setting('SCOPE'),
      CLIENT_ID: 'anything',
      CLIENT_SECRET: 'anything-secret',
      SUPPLIER_KEY: 'anything-key',
      LA_CODE: '201',
    };
    const { collected, context } = collectingContext(env);
    // The first request meets the queued 503, then --forbidden answers 403.
    const code = await main(['test-endpoint'], context);
    expect(code).toBe(3);
    expect(collected.text).toContain('answered 503');
    collected.text = '';
    expect(await main(['test-endpoint'], context)).toBe(2);
    expect(collected.text).toContain('answered 403');

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped. The mock stored 0 records in 2 requests.');
  });

  it('explains a fault it does not know', async () => {
    const { collected, context } = collectingContext({});
    const code = await main(['mock-api', '--fault', 'explode'], context);
    expect(code).toBe(2);
    expect(collected.text).toContain('--fault "explode" is not a fault this mock knows');
  });
});
