// Recovery of runs that ended without finishing: a run still marked running when the next one starts
// was interrupted (the next one holds the run lock, see run-lock.ts), and what it had not confirmed
// is recorded as failed. Runs in Node (node:sqlite).
import { recoveryMessages } from './recovery-messages.ts';
import type { StateConnection } from './state-connection.ts';
import type { RunStatus } from './state-statuses.ts';

export interface RecoveredRuns {
  interruptedRunIds: number[];
  /** Children that were in a request when the process stopped: the DfE may or may not hold them. */
  ambiguousChildren: number;
}

export class RunRecovery {
  readonly #connection: StateConnection;

  constructor(connection: StateConnection) {
    this.#connection = connection;
  }

  /**
   * Marks every run still marked running as interrupted, whatever its process id now belongs to (the
   * caller holds the run lock); its unconfirmed children become failed, with ambiguity recorded for
   * those that were in a request.
   */
  interruptRunning(now: string): RecoveredRuns {
    return this.#connection.transaction(() => {
      const running = Array.from(
        this.#connection.rows<{ id: number }>("SELECT id FROM runs WHERE status = 'running'"),
        (run) => run.id,
      );
      let ambiguousChildren = 0;
      for (const runId of running) {
        ambiguousChildren += Number(
          this.#connection
            .statement(
              `UPDATE children SET status = 'failed', ambiguous_sends = ambiguous_sends + 1, updated_at = ?, last_error = ?
               WHERE status = 'sending' AND run_id = ?`,
            )
            .run(now, recoveryMessages.inFlightChild, runId).changes,
        );
        this.#connection
          .statement(
            "UPDATE children SET status = 'failed', updated_at = ?, last_error = ? WHERE status = 'pending' AND run_id = ?",
          )
          .run(now, recoveryMessages.waitingChild, runId);
        this.#connection
          .statement(
            "UPDATE batches SET status = 'interrupted', finished_at = ? WHERE run_id = ? AND status = 'sending'",
          )
          .run(now, runId);
        this.#connection
          .statement("UPDATE runs SET status = 'interrupted', finished_at = ?, message = ? WHERE id = ?")
          .run(now, recoveryMessages.interruptedRun, runId);
      }
      return { interruptedRunIds: running, ambiguousChildren };
    }, 'IMMEDIATE');
  }

  /**
   * The runs this run continues: those just before it that did not finish (interrupted or stopped),
   * back to the last one that did. What they confirmed need not be sent again in a full run.
   */
  resumedRunIds(runId: number): Set<number> {
    const ids = new Set<number>();
    const earlier = this.#connection.rows<{ id: number; status: RunStatus }>(
      'SELECT id, status FROM runs WHERE id < ? ORDER BY id DESC',
      runId,
    );
    for (const run of earlier) {
      if (run.status !== 'interrupted' && run.status !== 'stopped') break;
      ids.add(run.id);
    }
    return ids;
  }
}
