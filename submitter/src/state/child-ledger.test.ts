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

describe('the child ledger', () => {
  it('keeps the last confirmed record and hash, and forgets them after a confirmed deletion', () => {
    const store = StateStore.open(':memory:');
    const { runId } = start(store, 1);
    store.ledger.recordPlan(
      runId,
      now,
      [send('A')],
      [{ laChildId: 'X', error: 'sex: not a code', rules: ['code-set'] }],
    );
    store.journal.confirmSent(
      store.journal.startBatch(runId, ['A'], now),
      runId,
      [{ laChildId: 'A', receipt: 'r1', send: send('A') }],
      0,
      now,
    );
    expect(store.ledger.sentRecord('A')).toBe('{"la_child_id":"A"}');
    expect(store.ledger.knownChildren().get('A')).toMatchObject({
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
    store.ledger.recordPlan(runId, now, [deletion], []);
    store.journal.confirmSent(
      store.journal.startBatch(runId, ['A'], now),
      runId,
      [{ laChildId: 'A', receipt: 'r2', send: deletion }],
      0,
      now,
    );
    expect(store.ledger.knownChildren().get('A')).toMatchObject({ status: 'deleted', sentHash: null });
    expect(store.status.statusCounts()).toMatchObject({ deleted: 1, invalid: 1 });
    store.close();
  });
});
