// The run journal of the state file: a row per run and per batch, from start to outcome. A batch's
// outcome and its children's are recorded in one transaction, so the two never disagree. Runs in Node
// (node:sqlite).
import type { RunMode } from '../config/settings.ts';
import type { ChildLedger, Confirmation } from './child-ledger.ts';
import type { RecoveredRuns, RunRecovery } from './run-recovery.ts';
import type { StateConnection } from './state-connection.ts';
import type { BatchStatus, EndedRunStatus } from './state-statuses.ts';

/** What a run counted, as the runs table keeps it. */
export type RunCounts = Record<
  'records_read' | 'invalid' | 'unchanged' | 'planned' | 'sent' | 'deleted' | 'failed' | 'ambiguous',
  number
>;

export interface BatchOutcome {
  status: BatchStatus;
  httpStatus: number | null;
  ambiguousAttempts: number;
  message: string | null;
  now: string;
}

export class RunJournal {
  readonly #connection: StateConnection;
  readonly #ledger: ChildLedger;
  readonly #recovery: RunRecovery;

  constructor(connection: StateConnection, ledger: ChildLedger, recovery: RunRecovery) {
    this.#connection = connection;
    this.#ledger = ledger;
    this.#recovery = recovery;
  }

  /**
   * Starts a run; the caller holds the run lock (see run-lock.ts). Any earlier run still marked running
   * is first marked interrupted (see run-recovery.ts), and the new run resumes the last of them.
   */
  startRun(info: { mode: RunMode; partial: boolean; input: string | null; pid: number; now: string }): {
    runId: number;
    recovered: RecoveredRuns;
  } {
    return this.#connection.transaction(() => {
      const recovered = this.#recovery.interruptRunning(info.now);
      const resumes = recovered.interruptedRunIds.at(-1) ?? null;
      const result = this.#connection
        .statement(
          "INSERT INTO runs (started_at, status, mode, partial, input, pid, resumes_run_id) VALUES (?, 'running', ?, ?, ?, ?, ?)",
        )
        .run(info.now, info.mode, info.partial ? 1 : 0, info.input, info.pid, resumes);
      return { runId: Number(result.lastInsertRowid), recovered };
    }, 'IMMEDIATE');
  }

  setRunAuditFolder(runId: number, folder: string): void {
    this.#connection.statement('UPDATE runs SET audit_folder = ? WHERE id = ?').run(folder, runId);
  }

  finishRun(
    runId: number,
    summary: { status: EndedRunStatus; now: string; message: string | null; counts: RunCounts },
  ): void {
    const c = summary.counts;
    this.#connection
      .statement(
        `UPDATE runs SET status = ?, finished_at = ?, message = ?, records_read = ?, invalid = ?, unchanged = ?, planned = ?,
           sent = ?, deleted = ?, failed = ?, ambiguous = ? WHERE id = ?`,
      )
      .run(
        summary.status,
        summary.now,
        summary.message,
        c.records_read,
        c.invalid,
        c.unchanged,
        c.planned,
        c.sent,
        c.deleted,
        c.failed,
        c.ambiguous,
        runId,
      );
  }

  /** Opens a batch and marks its children as in a request, before the request leaves. */
  startBatch(runId: number, laChildIds: readonly string[], now: string): number {
    return this.#connection.transaction(() => {
      const batchId = Number(
        this.#connection
          .statement(
            "INSERT INTO batches (run_id, started_at, record_count, status) VALUES (?, ?, ?, 'sending')",
          )
          .run(runId, now, laChildIds.length).lastInsertRowid,
      );
      this.#ledger.markSending(batchId, laChildIds, now);
      return batchId;
    });
  }

  finishBatch(batchId: number, outcome: BatchOutcome): void {
    this.#connection
      .statement(
        'UPDATE batches SET status = ?, http_status = ?, ambiguous_attempts = ?, message = ?, finished_at = ? WHERE id = ?',
      )
      .run(
        outcome.status,
        outcome.httpStatus,
        outcome.ambiguousAttempts,
        outcome.message,
        outcome.now,
        batchId,
      );
  }

  /** The DfE accepted the batch: its children are confirmed with their receipts (see ChildLedger.confirm). */
  confirmSent(
    batchId: number,
    runId: number,
    confirmations: readonly Confirmation[],
    ambiguousAttempts: number,
    now: string,
  ): void {
    this.#connection.transaction(() => {
      this.#ledger.confirm(runId, confirmations, ambiguousAttempts, now);
      this.finishBatch(batchId, {
        status: 'accepted',
        httpStatus: 200,
        ambiguousAttempts,
        message: null,
        now,
      });
    });
  }

  /**
   * The DfE refused the batch as a whole (413, or a 400) and it is sent again in parts: its children wait
   * for their part (see ChildLedger.release).
   */
  splitBatch(
    batchId: number,
    laChildIds: readonly string[],
    outcome: { httpStatus: number; ambiguousAttempts: number; message: string; now: string },
  ): void {
    this.#connection.transaction(() => {
      this.#ledger.release(laChildIds, outcome.ambiguousAttempts, outcome.now);
      this.finishBatch(batchId, { ...outcome, status: 'split' });
    });
  }
}
