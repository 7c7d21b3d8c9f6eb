// The process is killed (SIGKILL) in the middle of a run, then run again: nothing confirmed is sent
// again, everything unconfirmed is sent, and the batch that was in flight is recorded as ambiguous.
import { describe, expect, it } from 'vitest';
import { StateStore } from '../src/state/state-store.ts';
import { buildCli } from './helpers/build-cli.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';
import { spawnCli } from './helpers/spawn-cli.ts';
import { waitFor } from './helpers/wait-for.ts';

const harness = useHarness();

describe('a run killed part way through', () => {
  it('is resumed by the next run without losing or resending confirmed records', async () => {
    const entry = await buildCli(harness().dir);
    const records = makeChildren(300);
    const ids = records.map((r) => r.la_child_id as string);
    const input = harness().writeInput('snapshot.json', records);
    // Every answer comes 300 ms after the records are stored: a kill in that gap leaves a batch the
    // DfE holds but the submitter never saw confirmed - the hardest case.
    harness().mock.queue({ fault: { type: 'delay', ms: 300 }, times: 1000 });

    const { child, exited, output } = spawnCli(
      entry,
      ['run', '--input', input, '--batch-size', '20'],
      { ...process.env, ...harness().env },
      harness().dir,
    );
    // Kill once the fourth batch is stored but before its answer arrives.
    await waitFor(() => harness().mock.received.length >= 80, 20_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    harness().outputs.push(output());

    const confirmedBefore = new Set<string>();
    const store = StateStore.open(harness().statePath);
    for (const row of store.status.children())
      if (row.status === 'sent') confirmedBefore.add(row.la_child_id);
    const statuses = store.status.statusCounts();
    store.close();
    expect(confirmedBefore.size).toBe(60);
    expect(statuses.sending).toBe(20);

    const storedBefore = harness().mock.receivedCounts();
    harness().mock.clearQueue();
    const rerun = await harness().cli(['run', '--input', input, '--json', '--batch-size', '20']);
    const summary = JSON.parse(rerun.stdout) as {
      sent: number;
      resumedRuns: number[];
      unchanged: number;
      exitCode: number;
    };
    expect(rerun.code).toBe(0);
    expect(summary.resumedRuns).toEqual([1]);
    expect(summary.unchanged).toBe(60);
    expect(summary.sent).toBe(240);

    const counts = harness().mock.receivedCounts();
    for (const id of confirmedBefore) expect(counts.get(id), `${id} was confirmed before the kill`).toBe(1);
    // The batch in flight at the kill was stored once before and once again now.
    const inFlight = ids.filter((id) => !confirmedBefore.has(id) && storedBefore.has(id));
    expect(inFlight).toHaveLength(20);
    for (const id of inFlight) expect(counts.get(id)).toBe(2);
    expect(counts.size).toBe(300);
    expectInvariant(harness(), ids);

    const after = StateStore.open(harness().statePath);
    const runs = after.status.lastRuns(2);
    after.close();
    expect(runs.map((run) => run.status)).toEqual(['finished', 'interrupted']);
  });
});
