// When a run stops early: every child of the run not yet in a final state gets one, with the reason.
// Runs in Node.
import type { StateStore } from '../state/state-store.ts';
import type { RecordOutcome } from './submission-source.ts';

/**
 * Children never sent fail as not sent; children in a request whose answer was never recorded fail
 * with an unknown outcome, since the request had left. Returns the outcome of every child closed.
 */
export function closeUnfinished(
  store: StateStore,
  runId: number,
  reason: string,
  now: string,
): RecordOutcome[] {
  const { notSent, inFlight } = store.ledger.unfinishedChildren(runId);
  const closed: RecordOutcome[] = [];
  const fail = (laChildIds: string[], error: string, ambiguousAttempts: number) => {
    if (laChildIds.length === 0) return;
    store.ledger.markFailed(laChildIds, error, ambiguousAttempts, now);
    for (const laChildId of laChildIds) closed.push({ laChildId, sent: false, error });
  };
  fail(notSent, `Not sent: ${reason}`, 0);
  fail(
    inFlight,
    `Not confirmed: ${reason} The request had left, so it is not known whether the DfE received these records.`,
    1,
  );
  return closed;
}
