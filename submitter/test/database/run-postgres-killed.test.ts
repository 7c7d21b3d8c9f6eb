// `csc-api run --source postgres` killed (SIGKILL) in the middle of a run, then run again: the table
// already shows every batch confirmed before the kill, nothing confirmed is sent again, the batch in
// flight is sent again and recorded as ambiguous, and every row ends sent with its latest receipt.
// A delta run killed the same way: what the killed run may have changed at the DfE is sent again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../src/state/state-store.ts';
import { buildCli } from '../helpers/build-cli.ts';
import { expectHeldByDfe, purged } from '../helpers/expect-held-by-dfe.ts';
import { expectInvariant, expectNoSecrets, type Harness, startHarness } from '../helpers/harness.ts';
import { makeChild, makeChildren } from '../helpers/make-children.ts';
import { spawnCli } from '../helpers/spawn-cli.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { createTestTable, sender, type TestTable, usePostgres } from './database-harness.ts';

const server = usePostgres();
let harness: Harness;
let table: TestTable;

beforeEach(async () => {
  harness = await startHarness();
  table = await createTestTable(server());
});
afterEach(async () => {
  expectNoSecrets(harness, [sender.password, encodeURIComponent(sender.password)]);
  await table.close();
  await harness.close();
});

/** The database ends the killed session's lock when the connection drops. */
async function lockReleased(): Promise<void> {
  await waitFor(
    async () =>
      (await table.sql("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'")).rows[0].n ===
      0,
    10_000,
  );
}

describe('a database run killed part way through', () => {
  it('is resumed by the next run without losing or resending confirmed rows', async () => {
    const entry = await buildCli(harness.dir);
    const records = makeChildren(100);
    const ids = records.map((record) => record.la_child_id as string);
    await table.load(records);
    // Every answer comes 500 ms after the records are stored: a kill in that gap leaves a batch the
    // DfE holds but csc-api never saw confirmed.
    harness.mock.standing.latencyMs = 500;
    const { child, exited, output } = spawnCli(
      entry,
      ['run', '--batch-size', '10'],
      { ...process.env, ...harness.env, ...table.env },
      harness.dir,
    );
    // Kill once the fourth batch is stored but before its answer arrives.
    await waitFor(() => harness.mock.received.length >= 40, 20_000);
    child.kill('SIGKILL');
    expect(await exited, output()).toBe('SIGKILL');
    harness.outputs.push(output());

    // Usually the kill lands while the fourth batch waits for its answer. On a busy machine it can land
    // after the state file recorded the receipt but before the table was updated: that batch must then
    // be written to the table by the next run without being sent again.
    const killed = await table.rows();
    const tableSentBefore = new Set(
      [...killed.values()].filter((row) => row.submission_status === 'sent').map((row) => row.person_id),
    );
    const state = StateStore.open(harness.statePath);
    const confirmedBefore = new Set(
      state.status
        .children()
        .filter((row) => row.status === 'sent')
        .map((row) => row.la_child_id),
    );
    state.close();
    expect(tableSentBefore.size).toBeGreaterThanOrEqual(30);
    expect(tableSentBefore.size % 10).toBe(0);
    for (const id of tableSentBefore) expect(confirmedBefore.has(id), id).toBe(true);
    const storedBefore = harness.mock.receivedCounts();
    const inFlight = ids.filter((id) => storedBefore.has(id) && !confirmedBefore.has(id));
    expect(confirmedBefore.size).toBeLessThan(100);

    await lockReleased();
    harness.mock.standing.latencyMs = 0;
    const rerun = await harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as {
      recordsRead: number;
      sent: number;
      unchanged: number;
      resumedRuns: number[];
    };
    expect(summary).toMatchObject({
      recordsRead: 100 - tableSentBefore.size,
      sent: 100 - confirmedBefore.size,
      unchanged: confirmedBefore.size - tableSentBefore.size,
      resumedRuns: [1],
    });

    const counts = harness.mock.receivedCounts();
    for (const id of confirmedBefore) expect(counts.get(id), `${id} was confirmed before the kill`).toBe(1);
    for (const id of inFlight) expect(counts.get(id), `${id} was in flight at the kill`).toBe(2);
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
    const runs = store.status.lastRuns(2);
    store.close();
    expect(runs.map((run) => run.status)).toEqual(['finished', 'interrupted']);
  }, 90_000);

  it('in delta mode, sends again or purges every child the killed run may have changed at the DfE', async () => {
    const entry = await buildCli(harness.dir);
    const day1 = makeChildren(4);
    await table.load(day1);
    const first = await harness.cli(['run', '--json', '--mode', 'delta'], table.env);
    expect(first.code, first.stderr).toBe(0);

    // Day 2: child 1 changed, child 3 deleted, child 5 new; killed once the DfE stored them, so the
    // rows keep their day-1 receipts.
    const changed = makeChild(1, { mis_child_id: 'MISCHANGED1' });
    await table.load([changed, makeChild(5)]);
    await table.sql(`UPDATE ${table.name} SET row_state = 'deleted' WHERE person_id = 'C000003'`);
    harness.mock.queue({ fault: { type: 'delay', ms: 5000 } });
    const { child, exited, output } = spawnCli(
      entry,
      ['run', '--mode', 'delta', '--max-vanished-share', '0.25'],
      { ...process.env, ...harness.env, ...table.env },
      harness.dir,
    );
    await waitFor(() => harness.mock.received.length >= 7, 20_000);
    child.kill('SIGKILL');
    expect(await exited, output()).toBe('SIGKILL');
    harness.outputs.push(output());
    expectHeldByDfe(harness.mock, { C000001: changed, C000003: purged('C000003') });
    await lockReleased();
    harness.mock.clearQueue();

    // Day 3: the LA's SQL reverts child 1, brings child 3 back and deletes child 5. Child 5 counts
    // among the children the DfE may hold: one deletion of five is within a 20% limit.
    await table.load([day1[0], day1[2]] as Record<string, unknown>[]);
    await table.sql(`UPDATE ${table.name} SET row_state = 'deleted' WHERE person_id = 'C000005'`);
    const next = await harness.cli(
      ['run', '--json', '--mode', 'delta', '--max-vanished-share', '0.2'],
      table.env,
    );
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ unchanged: 0, planned: { full: 2, delete: 1 }, sent: 2 });
    expectHeldByDfe(harness.mock, { C000001: day1[0], C000003: day1[2], C000005: purged('C000005') });
    const latest = new Map(harness.mock.received.map((item) => [item.laChildId, item.receipt]));
    const rows = await table.rows();
    for (const id of ['C000001', 'C000003', 'C000005'])
      expect(rows.get(id), id).toMatchObject({ submission_status: 'sent', api_response: latest.get(id) });
    expectInvariant(harness, ['C000001', 'C000002', 'C000003', 'C000004', 'C000005']);
  }, 90_000);
});
