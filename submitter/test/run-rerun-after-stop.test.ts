// A full run stopped by an outage after its first batch (exit 3), then the same snapshot run again,
// against the mock API on loopback: only what was not confirmed is sent, and only the records whose
// outcome was unknown are flagged as possibly held twice.
import { describe, expect, it } from 'vitest';
import { childRows } from './helpers/child-rows.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

describe('a full run again after a run stopped by an outage', () => {
  it('sends only the records the stopped run did not confirm, and flags exactly the unknown ones', async () => {
    const records = makeChildren(300);
    const ids = records.map((child) => child.la_child_id as string);
    const input = harness().writeInput('snapshot.json', records);
    // Batch 1 is answered; batch 2 is stored but its connection drops; then the API is down.
    harness().mock.queue(
      { fault: { type: 'delay', ms: 0 } },
      { fault: { type: 'reset', afterStore: true } },
      { fault: { type: 'status', status: 503 }, times: 1000 },
    );
    const env = { CSC_MAX_RETRIES: '2' };
    const stopped = await harness().cli(['run', '--input', input, '--json', '--batch-size', '100'], env);
    expect(stopped.code).toBe(3);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ sent: 100, failed: 200, ambiguous: 100 });
    const batch1 = ids.slice(0, 100);
    const batch2 = ids.slice(100, 200);

    harness().mock.clearQueue();
    const rerun = await harness().cli(['run', '--input', input, '--json', '--batch-size', '100']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ unchanged: 100, planned: { full: 200 }, sent: 200 });

    const counts = harness().mock.receivedCounts();
    for (const id of ids) expect(counts.get(id), id).toBe(batch2.includes(id) ? 2 : 1);
    const rows = [...childRows(harness().statePath).values()];
    expect(rows.filter((row) => row.ambiguous_sends > 0).map((row) => row.la_child_id)).toEqual(batch2);
    // Batch 1 keeps the receipts of the stopped run.
    const firstReceipts = new Map(
      harness()
        .mock.received.slice(0, 100)
        .map((item) => [item.laChildId, item.receipt]),
    );
    const receipts = new Map(rows.map((row) => [row.la_child_id, row.receipt]));
    for (const id of batch1) expect(receipts.get(id)).toBe(firstReceipts.get(id));
    expectInvariant(harness(), ids);
  });
});
