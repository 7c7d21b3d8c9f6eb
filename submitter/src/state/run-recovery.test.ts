import { describe, expect, it } from 'vitest';
import { StateStore } from './state-store.ts';

const now = '2026-01-01T00:00:00.000Z';
const start = (store: StateStore, pid: number) =>
  store.journal.startRun({ mode: 'full', partial: false, input: 'file x', pid, now });
const send = (laChildId: string) => ({
  laChildId,
  kind: 'full' as const,
  record: `{"la_child_id":"${laChildId}"}`,
  hash: `h-${laChildId}`,
  rawHash: `r-${laChildId}`,
  payload: `{"la_child_id":"${laChildId}"}`,
});

describe('recovery of interrupted runs', () => {
  it('marks a run still marked running as interrupted, and its unconfirmed children as failed', () => {
    const store = StateStore.open(':memory:');
    const { runId } = start(store, 111);
    store.ledger.recordPlan(runId, now, [send('A'), send('B'), send('C')], []);
    const batch = store.journal.startBatch(runId, ['A'], now);
    store.journal.confirmSent(
      batch,
      runId,
      [{ laChildId: 'A', receipt: 'receipt-a', send: send('A') }],
      0,
      now,
    );
    store.journal.startBatch(runId, ['B'], now);

    const next = start(store, 222);
    expect(next.recovered).toEqual({ interruptedRunIds: [runId], ambiguousChildren: 1 });
    expect(store.recovery.resumedRunIds(next.runId)).toEqual(new Set([runId]));
    const rows = new Map(store.status.children().map((row) => [row.la_child_id, row]));
    expect(rows.get('A')).toMatchObject({ status: 'sent', receipt: 'receipt-a', ambiguous_sends: 0 });
    expect(rows.get('B')).toMatchObject({ status: 'failed', ambiguous_sends: 1 });
    expect(rows.get('B')?.last_error).toContain('not known whether the DfE received it');
    expect(rows.get('C')).toMatchObject({ status: 'failed', ambiguous_sends: 0 });
    expect(store.status.lastRuns(2).map((run) => run.status)).toEqual(['running', 'interrupted']);
    store.close();
  });

  it('counts as resumed the unfinished runs just before this one, back to the last finished run', () => {
    const store = StateStore.open(':memory:');
    const ids: number[] = [];
    for (const status of ['finished', 'stopped', 'stopped', null] as const) {
      const { runId } = store.journal.startRun({ mode: 'full', partial: false, input: null, pid: 1, now });
      ids.push(runId);
      if (status !== null) store.journal.finishRun(runId, { status, now, message: null, counts: zeroCounts });
    }
    expect(store.recovery.resumedRunIds(ids[3] as number)).toEqual(new Set([ids[2], ids[1]]));
    store.close();
  });
});

const zeroCounts = {
  records_read: 0,
  invalid: 0,
  unchanged: 0,
  planned: 0,
  sent: 0,
  deleted: 0,
  failed: 0,
  ambiguous: 0,
};
