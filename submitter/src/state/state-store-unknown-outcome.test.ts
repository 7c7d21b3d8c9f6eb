import { describe, expect, it } from 'vitest';
import { type PlannedSend, StateStore } from './state-store.ts';

const now = '2026-01-01T00:00:00.000Z';
const send = (laChildId: string): PlannedSend => ({
  laChildId,
  kind: 'full',
  record: `{"la_child_id":"${laChildId}"}`,
  hash: `h-${laChildId}`,
  payload: `{"la_child_id":"${laChildId}"}`,
});

function storeWithRun() {
  const store = StateStore.open(':memory:');
  const { runId } = store.startRun({ mode: 'delta', partial: false, input: 'file x', pid: 1, now });
  return { store, runId };
}

const unknown = (store: StateStore, id: string) => store.knownChildren().get(id)?.outcomeUnknown;

describe('StateStore and sends with an unknown outcome', () => {
  it('holds the unknown outcome from the moment a request may leave until a send is confirmed', () => {
    const { store, runId } = storeWithRun();
    store.recordPlan(runId, now, [send('A')], []);
    const timedOut = store.startBatch(runId, ['A'], now);
    expect(unknown(store, 'A')).toBe(true);
    store.markFailed(['A'], 'timed out', 1, now);
    // A later send that is known not to have been stored leaves the earlier one unknown.
    store.recordPlan(runId, now, [send('A')], []);
    store.startBatch(runId, ['A'], now);
    store.markFailed(['A'], 'rejected (400)', 0, now);
    expect(unknown(store, 'A')).toBe(true);
    store.markUnchanged(['A'], now);
    expect(store.children()[0]).toMatchObject({ status: 'failed', receipt: null });
    store.recordPlan(runId, now, [send('A')], []);
    const confirmed = store.startBatch(runId, ['A'], now);
    expect(confirmed).toBeGreaterThan(timedOut);
    store.confirmSent(confirmed, runId, [{ laChildId: 'A', receipt: 'r', send: send('A') }], 0, now);
    expect(unknown(store, 'A')).toBe(false);
    store.close();
  });

  it('forgets the unknown outcome of a request the DfE answered with a refusal', () => {
    const { store, runId } = storeWithRun();
    store.recordPlan(runId, now, [send('A')], []);
    store.startBatch(runId, ['A'], now);
    store.markFailed(['A'], 'rejected (400)', 0, now);
    expect(unknown(store, 'A')).toBe(false);
    store.close();
  });

  it('passes a split batch’s unknown outcome on to its children, and forgets a definite refusal', () => {
    const { store, runId } = storeWithRun();
    store.recordPlan(runId, now, [send('A'), send('B')], []);
    const first = store.startBatch(runId, ['A'], now);
    store.splitBatch(first, ['A'], { httpStatus: 413, ambiguousAttempts: 1, message: 'too large', now });
    const second = store.startBatch(runId, ['B'], now);
    store.splitBatch(second, ['B'], { httpStatus: 413, ambiguousAttempts: 0, message: 'too large', now });
    expect(unknown(store, 'A')).toBe(true);
    expect(unknown(store, 'B')).toBe(false);
    const rows = new Map(store.children().map((row) => [row.la_child_id, row]));
    expect(rows.get('A')).toMatchObject({ status: 'pending', ambiguous_sends: 1 });
    expect(rows.get('B')).toMatchObject({ status: 'pending', ambiguous_sends: 0 });
    // The stop that follows: the parts never sent keep what the split left unknown.
    store.markFailed(['A', 'B'], 'Not sent', 0, now);
    expect(unknown(store, 'A')).toBe(true);
    store.close();
  });

  it('counts as resumed the unfinished runs just before this one, back to the last finished run', () => {
    const store = StateStore.open(':memory:');
    const ids: number[] = [];
    for (const status of ['finished', 'stopped', 'stopped', null] as const) {
      const { runId } = store.startRun({ mode: 'full', partial: false, input: null, pid: 1, now });
      ids.push(runId);
      if (status !== null) store.finishRun(runId, { status, now, message: null, counts: zeroCounts });
    }
    expect(store.resumedRunIds(ids[3] as number)).toEqual(new Set([ids[2], ids[1]]));
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
