// `csc-api run --source postgres` killed (SIGKILL) in the middle of a run, then run again: the table
// already shows every batch confirmed before the kill, nothing confirmed is sent again, the batch in
// flight is sent again and recorded as ambiguous, and every row ends sent with its latest receipt.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../src/state/state-store.ts';
import { expectInvariant, expectNoSecrets, type Harness, startHarness } from '../helpers/harness.ts';
import { makeChildren } from '../helpers/make-children.ts';
import { createSender, createTestTable, sender, type TestTable } from './database-harness.ts';
import { startPostgres, type TestPostgres } from './start-postgres.ts';

let server: TestPostgres;
let harness: Harness;
let table: TestTable;

beforeAll(async () => {
  server = await startPostgres();
  await createSender(server);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  harness = await startHarness();
  table = await createTestTable(server);
});
afterEach(async () => {
  expectNoSecrets(harness, [sender.password, encodeURIComponent(sender.password)]);
  await table.close();
  await harness.close();
});

/** Bundles the CLI as the real build does, so the child process runs the same code as `csc-api`. */
async function buildCli(dir: string): Promise<string> {
  const bundle = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: bundle,
    external: ['pg-native'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  const entry = join(dir, 'csc-api.mjs');
  writeFileSync(
    entry,
    "import { main } from './cli.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  return entry;
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a database run killed part way through', () => {
  it('is resumed by the next run without losing or resending confirmed rows', async () => {
    const entry = await buildCli(harness.dir);
    const records = makeChildren(100);
    const ids = records.map((record) => record.la_child_id as string);
    await table.load(records);
    // Every answer comes 300 ms after the records are stored: a kill in that gap leaves a batch the
    // DfE holds but csc-api never saw confirmed.
    harness.mock.standing.latencyMs = 300;
    const child = spawn(process.execPath, [entry, 'run', '--batch-size', '10'], {
      env: { ...process.env, ...harness.env, ...table.env },
      cwd: harness.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill once the fourth batch is stored but before its answer arrives.
    await waitFor(() => harness.mock.received.length >= 40, 20_000);
    child.kill('SIGKILL');
    expect(await exited, output).toBe('SIGKILL');
    harness.outputs.push(output);

    const killed = await table.rows();
    const sentBefore = [...killed.values()].filter((row) => row.submission_status === 'sent');
    expect(sentBefore).toHaveLength(30);
    expect([...killed.values()].filter((row) => row.submission_status === 'pending')).toHaveLength(70);
    const storedBefore = harness.mock.receivedCounts();

    // The database ends the killed session's lock when the connection drops.
    await waitFor(
      async () =>
        (await table.sql("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'")).rows[0].n ===
        0,
      10_000,
    );
    harness.mock.standing.latencyMs = 0;
    const rerun = await harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { recordsRead: number; sent: number; resumedRuns: number[] };
    expect(summary).toMatchObject({ recordsRead: 70, sent: 70, resumedRuns: [1] });

    const counts = harness.mock.receivedCounts();
    for (const row of sentBefore)
      expect(counts.get(row.person_id), `${row.person_id} was confirmed before the kill`).toBe(1);
    const inFlight = ids.filter(
      (id) => killed.get(id)?.submission_status === 'pending' && storedBefore.has(id),
    );
    expect(inFlight).toHaveLength(10);
    for (const id of inFlight) expect(counts.get(id)).toBe(2);
    expect(counts.size).toBe(100);

    const latest = new Map(harness.mock.received.map((record) => [record.laChildId, record.receipt]));
    for (const [id, row] of await table.rows())
      expect(row, id).toMatchObject({
        submission_status: 'sent',
        row_state: 'unchanged',
        api_response: latest.get(id),
      });
    expectInvariant(harness, ids);
    const store = StateStore.open(harness.statePath);
    const runs = store.lastRuns(2);
    store.close();
    expect(runs.map((run) => run.status)).toEqual(['finished', 'interrupted']);
  });
});
