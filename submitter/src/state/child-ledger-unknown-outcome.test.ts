import type { PlannedSend } from 'csc-api-validator/delta';
import { describe, expect, it } from 'vitest';
import { StateStore } from './state-store.ts';

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
  const { runId } = store.journal.startRun({ mode: 'delta', partial: false, input: 'file x', pid: 1, now });
  return { store, runId };
}

const unknown = (store: StateStore, id: string) => store.ledger.knownChildren().get(id)?.outcomeUnknown;

describe('the child ledger and sends with an unknown outcome', () => {
  it('holds the unknown outcome from the moment a request may leave until a send is confirmed', () => {
    const { store, runId } = storeWithRun();
    store.ledger.recordPlan(runId, now, [send('A')], []);
    const timedOut = store.journal.startBatch(runId, ['A'], now);
    expect(unknown(store, 'A')).toBe(true);
    store.ledger.markFailed(['A'], 'timed out', 1, now);
    // A later send that is known not to have been stored leaves the earlier one unknown.
    store.ledger.recordPlan(runId, now, [send('A')], []);
    store.journal.startBatch(runId, ['A'], now);
    store.ledger.markFailed(['A'], 'rejected (400)', 0, now);
    expect(unknown(store, 'A')).toBe(true);
    store.ledger.markUnchanged(['A'], now);
    expect(store.status.children()[0]).toMatchObject({ status: 'failed', receipt: null });
    store.ledger.recordPlan(runId, now, [send('A')], []);
    const confirmed = store.journal.startBatch(runId, ['A'], now);
    expect(confirmed).toBeGreaterThan(timedOut);
    store.journal.confirmSent(confirmed, runId, [{ laChildId: 'A', receipt: 'r', send: send('A') }], 0, now);
    expect(unknown(store, 'A')).toBe(false);
    store.close();
  });

  it('forgets the unknown outcome of a request the DfE answered with a refusal', () => {
    const { store, runId } = storeWithRun();
    store.ledger.recordPlan(runId, now, [send('A')], []);
    store.journal.startBatch(runId, ['A'], now);
    store.ledger.markFailed(['A'], 'rejected (400)', 0, now);
    expect(unknown(store, 'A')).toBe(false);
    store.close();
  });

  it('passes a split batch’s unknown outcome on to its children, and forgets a definite refusal', () => {
    const { store, runId } = storeWithRun();
    store.ledger.recordPlan(runId, now, [send('A'), send('B')], []);
    const first = store.journal.startBatch(runId, ['A'], now);
    store.journal.splitBatch(first, ['A'], {
      httpStatus: 413,
      ambiguousAttempts: 1,
      message: 'too large',
      now,
    });
    const second = store.journal.startBatch(runId, ['B'], now);
    store.journal.splitBatch(second, ['B'], {
      httpStatus: 413,
      ambiguousAttempts: 0,
      message: 'too large',
      now,
    });
    expect(unknown(store, 'A')).toBe(true);
    expect(unknown(store, 'B')).toBe(false);
    const rows = new Map(store.status.children().map((row) => [row.la_child_id, row]));
    expect(rows.get('A')).toMatchObject({ status: 'pending', ambiguous_sends: 1 });
    expect(rows.get('B')).toMatchObject({ status: 'pending', ambiguous_sends: 0 });
    // The stop that follows: the parts never sent keep what the split left unknown.
    store.ledger.markFailed(['A', 'B'], 'Not sent', 0, now);
    expect(unknown(store, 'A')).toBe(true);
    store.close();
  });
});
