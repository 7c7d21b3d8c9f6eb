import { describe, expect, it } from 'vitest';
import { StateStore } from './state-store.ts';

const now = '2026-01-01T00:00:00.000Z';
const start = (store: StateStore, pid: number) =>
  store.startRun({ mode: 'full', partial: false, input: 'file x', pid, now });
const send = (laChildId: string) => ({
  laChildId,
  kind: 'full' as const,
  record: `{"la_child_id":"${laChildId}"}`,
  hash: `h-${laChildId}`,
  rawHash: `r-${laChildId}`,
  payload: `{"la_child_id":"${laChildId}"}`,
});

describe('StateStore', () => {
  it('marks a run still marked running as interrupted, and its unconfirmed children as failed', () => {
    const store = StateStore.open(':memory:');
    const { runId } = start(store, 111);
    store.recordPlan(runId, now, [send('A'), send('B'), send('C')], []);
    const batch = store.startBatch(runId, ['A'], now);
    store.confirmSent(batch, runId, [{ laChildId: 'A', receipt: 'receipt-a', send: send('A') }], 0, now);
    store.startBatch(runId, ['B'], now);

    const next = start(store, 222);
    expect(next.recovered).toEqual({ interruptedRunIds: [runId], ambiguousChildren: 1 });
    expect(store.resumedRunIds(next.runId)).toEqual(new Set([runId]));
    const rows = new Map(store.children().map((row) => [row.la_child_id, row]));
    expect(rows.get('A')).toMatchObject({ status: 'sent', receipt: 'receipt-a', ambiguous_sends: 0 });
    expect(rows.get('B')).toMatchObject({ status: 'failed', ambiguous_sends: 1 });
    expect(rows.get('B')?.last_error).toContain('not known whether the DfE received it');
    expect(rows.get('C')).toMatchObject({ status: 'failed', ambiguous_sends: 0 });
    expect(store.lastRuns(2).map((run) => run.status)).toEqual(['running', 'interrupted']);
    store.close();
  });

  it('keeps the last confirmed record and hash, and forgets them after a confirmed deletion', () => {
    const store = StateStore.open(':memory:');
    const { runId } = start(store, 1);
    store.recordPlan(
      runId,
      now,
      [send('A')],
      [{ laChildId: 'X', error: 'sex: not a code', rules: ['code-set'] }],
    );
    store.confirmSent(
      store.startBatch(runId, ['A'], now),
      runId,
      [{ laChildId: 'A', receipt: 'r1', send: send('A') }],
      0,
      now,
    );
    expect(store.sentRecord('A')).toBe('{"la_child_id":"A"}');
    expect(store.knownChildren().get('A')).toMatchObject({
      sentHash: 'h-A',
      sentRawHash: 'r-A',
      status: 'sent',
    });
    const deletion = {
      laChildId: 'A',
      kind: 'delete' as const,
      record: null,
      hash: null,
      rawHash: null,
      payload: '{"la_child_id":"A","purge":true}',
    };
    store.recordPlan(runId, now, [deletion], []);
    store.confirmSent(
      store.startBatch(runId, ['A'], now),
      runId,
      [{ laChildId: 'A', receipt: 'r2', send: deletion }],
      0,
      now,
    );
    expect(store.knownChildren().get('A')).toMatchObject({ status: 'deleted', sentHash: null });
    expect(store.statusCounts()).toMatchObject({ deleted: 1, invalid: 1 });
    store.close();
  });
});
