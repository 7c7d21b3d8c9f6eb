import type { PlannedSend } from 'csc-api-validator/delta';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../state/state-store.ts';
import { closeUnfinished } from './close-unfinished.ts';

const now = '2026-01-01T00:00:00.000Z';
const send = (laChildId: string): PlannedSend => ({
  laChildId,
  kind: 'full',
  record: '{}',
  hash: 'h',
  payload: '{}',
});

describe('closeUnfinished', () => {
  it('fails children never sent as not sent, and those in a request as possibly held', () => {
    const store = StateStore.open(':memory:');
    const { runId } = store.journal.startRun({ mode: 'full', partial: false, input: null, pid: 1, now });
    store.ledger.recordPlan(runId, now, [send('IN_FLIGHT'), send('WAITING')], []);
    store.journal.startBatch(runId, ['IN_FLIGHT'], now);

    const closed = closeUnfinished(store, runId, 'The audit folder failed.', now);
    expect(closed.map((outcome) => outcome.laChildId).sort()).toEqual(['IN_FLIGHT', 'WAITING']);
    const rows = new Map(store.status.children().map((row) => [row.la_child_id, row]));
    expect(rows.get('IN_FLIGHT')).toMatchObject({ status: 'failed', ambiguous_sends: 1 });
    expect(rows.get('IN_FLIGHT')?.last_error).toContain('not known whether the DfE received');
    expect(rows.get('WAITING')).toMatchObject({ status: 'failed', ambiguous_sends: 0 });
    expect(rows.get('WAITING')?.last_error).toBe('Not sent: The audit folder failed.');
    // The outcomes handed back are what the state file recorded.
    for (const outcome of closed)
      expect(outcome).toEqual({
        laChildId: outcome.laChildId,
        sent: false,
        error: rows.get(outcome.laChildId)?.last_error,
      });
    const known = store.ledger.knownChildren();
    expect(known.get('IN_FLIGHT')?.outcomeUnknown).toBe(true);
    expect(known.get('WAITING')?.outcomeUnknown).toBe(false);
    store.close();
  });
});
