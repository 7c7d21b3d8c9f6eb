// When a run stops early: every child of the run not yet in a final state gets one, with the reason.
// Runs in Node.
import type { StateStore } from '../state/state-store.ts';

/**
 * Children never sent fail as not sent; children in a request whose answer was never recorded fail
 * with an unknown outcome, since the request had left. Returns every child closed.
 */
export function closeUnfinished(store: StateStore, runId: number, reason: string, now: string): string[] {
  const { notSent, inFlight } = store.ledger.unfinishedChildren(runId);
  if (notSent.length > 0) store.ledger.markFailed(notSent, `Not sent: ${reason}`, 0, now);
  if (inFlight.length > 0) {
    store.ledger.markFailed(
      inFlight,
      `Not confirmed: ${reason} The request had left, so it is not known whether the DfE received these records.`,
      1,
      now,
    );
  }
  return [...notSent, ...inFlight];
}
