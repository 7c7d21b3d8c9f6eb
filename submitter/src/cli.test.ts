// The single catch: expected failures print their message and their exit code; anything else is a bug.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './cli.ts';
import type { CommandContext } from './command.ts';
import { ExitCode, exitCodeMeanings } from './exit-codes.ts';

function fakeContext(): CommandContext & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  stderr.on('data', (chunk) => {
    err += String(chunk);
  });
  return {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: {},
    cwd: process.cwd(),
    now: () => new Date('2026-06-01T00:00:00Z'),
    fetch: globalThis.fetch,
    out: () => out,
    err: () => err,
  };
}

describe('csc-api --help', () => {
  it('lists every exit code with the words the docs use', async () => {
    const context = fakeContext();
    expect(await main(['--help'], context)).toBe(ExitCode.ok);
    const codes = Object.entries(exitCodeMeanings);
    expect(codes.map(([code]) => Number(code))).toEqual([0, 1, 2, 3, 4, 70]);
    for (const [code, { summary }] of codes)
      expect(context.out()).toContain(`${code.padStart(4)}  ${summary}`);
  });
});

describe('the single catch', () => {
  it('prints an expected failure and ends with its exit code', async () => {
    const context = fakeContext();
    const code = await main(['generate', '--count', 'many'], context);
    expect(code).toBe(ExitCode.usage);
    expect(context.err()).toMatch(/^csc-api generate: .*--count/);
    expect(context.err()).not.toContain('this is a bug');
  });
});
