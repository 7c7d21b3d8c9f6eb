// A run's memory does not grow with the snapshot: `csc-api run` sends a snapshot, then compares it again in
// delta mode, in a child process whose heap is too small to hold the snapshot's records and their payloads
// at once, as runs did before they planned into the state file's connection and sent from there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from 'csc-api-validator/generate';
import { expect, it } from 'vitest';
import { useHarness } from './helpers/harness.ts';
import { spawnCli } from './helpers/spawn-cli.ts';

const harness = useHarness();
const records = 12_000;
const heapMb = 40;

/** The CLI from source in its own process, with a small old-generation heap. */
async function runWithSmallHeap(args: string[]): Promise<{ code: number | null; output: string }> {
  const entry = join(harness().dir, 'csc-api.mjs');
  const start = pathToFileURL(join(import.meta.dirname, '../src/start.ts')).href;
  writeFileSync(entry, `await (await import(${JSON.stringify(start)})).start();\n`);
  const env = { ...process.env, ...harness().env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` };
  const cli = spawnCli(entry, args, env, harness().dir);
  await cli.exited;
  return { code: cli.child.exitCode, output: cli.output() };
}

it(`sends ${records.toLocaleString('en-GB')} records, then compares them in delta mode, with a ${heapMb} MB heap`, async () => {
  const input = harness().writeInput('snapshot.json', generate({ count: records, seed: 250 }));

  const full = await runWithSmallHeap(['run', '--input', input, '--json']);
  expect(full.output).not.toContain('heap out of memory');
  expect(full.code, full.output).toBe(0);
  expect(harness().mock.receivedCounts().size).toBe(records);
  expect(full.output).toContain(`"sent": ${records}`);

  const delta = await runWithSmallHeap(['run', '--input', input, '--mode', 'delta', '--json']);
  expect(delta.output).not.toContain('heap out of memory');
  expect(delta.code, delta.output).toBe(0);
  expect(delta.output).toContain(`"unchanged": ${records}`);
}, 180_000);
