// The submitter's memory between runs: what was last sent for each child, with its receipt,
// and a row per run and per batch. A local SQLite file; nothing here needs a server. Runs in Node.
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { ensurePrivateFile, makePrivateFolder, narrowToOwner } from '../private-files.ts';
import { schemaSql, schemaVersion, upgradeSchema } from './schema.ts';
import { SendQueue } from './send-queue.ts';

export type ChildStatus = 'pending' | 'sending' | 'sent' | 'deleted' | 'failed' | 'invalid';
export type PayloadKind = 'full' | 'partial' | 'delete';

export interface KnownChild {
  laChildId: string;
  status: ChildStatus;
  sentHash: string | null;
  /** Hash of the record exactly as last sent, when known (see hashText). */
  sentRawHash?: string | null;
  sentRunId: number | null;
  /**
   * A send since the last confirmed one had an unknown outcome: until a later send is confirmed, the
   * DfE may hold that send's content (or nothing, for a deletion) rather than the confirmed record.
   */
  outcomeUnknown?: boolean;
}

export interface PlannedSend {
  laChildId: string;
  kind: PayloadKind;
  /** The child's whole record as it should be held by the DfE once this send is confirmed; null for a deletion. */
  record: string | null;
  hash: string | null;
  /** Hash of `record` exactly as serialised (see hashText); kept for a quick comparison next time. */
  rawHash?: string | null;
  /** The exact JSON sent for this child. */
  payload: string;
}

export interface InvalidChild {
  laChildId: string;
  error: string;
  rules: string[];
}

/** A child sent although it has data-quality errors (the DfE API accepts them), with their rule ids. */
export interface DataQualityChild {
  laChildId: string;
  rules: string[];
}

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: string;
  mode: string;
  partial: number;
  input: string | null;
  resumes_run_id: number | null;
  records_read: number;
  invalid: number;
  unchanged: number;
  planned: number;
  sent: number;
  deleted: number;
  failed: number;
  ambiguous: number;
  message: string | null;
  audit_folder: string | null;
}

export interface ChildRow {
  la_child_id: string;
  status: ChildStatus;
  receipt: string | null;
  last_error: string | null;
  error_rules: string | null;
  sent_at: string | null;
  ambiguous_sends: number;
  updated_at: string;
}

export interface RecoveredRuns {
  interruptedRunIds: number[];
  /** Children that were in a request when the process stopped: the DfE may or may not hold them. */
  ambiguousChildren: number;
}

export class StateStore {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  private constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /**
   * Opens (creating when needed) the state file, readable by its owner only: SQLite gives the -wal and
   * -shm files the state file's own mode. `:memory:` gives a throwaway store for dry runs.
   */
  static open(path: string): StateStore {
    if (path !== ':memory:') {
      makePrivateFolder(dirname(path));
      ensurePrivateFile(path);
      for (const suffix of ['-wal', '-shm']) narrowToOwner(`${path}${suffix}`);
    }
    const db = new DatabaseSync(path);
    // WAL with full sync: a confirmed receipt survives the process being killed straight after.
    db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
    );
    db.exec(schemaSql);
    db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(
      'schema_version',
      String(schemaVersion),
    );
    upgradeSchema(db);
    return new StateStore(db);
  }

  close(): void {
    this.#db.close();
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #transaction<T>(work: () => T, mode: 'DEFERRED' | 'IMMEDIATE' = 'DEFERRED'): T {
    this.#db.exec(`BEGIN ${mode}`);
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Starts a run; the caller holds the run lock (see run-lock.ts), so any earlier run still marked
   * running ended without finishing, whatever its process id now belongs to. Each is marked
   * interrupted; its unconfirmed children become failed (with ambiguity recorded for those that were
   * in a request).
   */
  startRun(info: { mode: string; partial: boolean; input: string | null; pid: number; now: string }): {
    runId: number;
    recovered: RecoveredRuns;
  } {
    return this.#transaction(() => {
      const running = this.#statement("SELECT id FROM runs WHERE status = 'running'").all() as {
        id: number;
      }[];
      let ambiguousChildren = 0;
      for (const run of running) {
        ambiguousChildren += Number(
          this.#statement(
            `UPDATE children SET status = 'failed', ambiguous_sends = ambiguous_sends + 1, updated_at = ?,
               last_error = 'The run stopped while this record was being sent; it is not known whether the DfE received it.'
             WHERE status = 'sending' AND run_id = ?`,
          ).run(info.now, run.id).changes,
        );
        this.#statement(
          `UPDATE children SET status = 'failed', updated_at = ?,
             last_error = 'The run stopped before this record was sent.'
           WHERE status = 'pending' AND run_id = ?`,
        ).run(info.now, run.id);
        this.#statement(
          "UPDATE batches SET status = 'interrupted', finished_at = ? WHERE run_id = ? AND status = 'sending'",
        ).run(info.now, run.id);
        this.#statement(
          "UPDATE runs SET status = 'interrupted', finished_at = ?, message = 'The process stopped before the run finished.' WHERE id = ?",
        ).run(info.now, run.id);
      }
      const interruptedRunIds = running.map((run) => run.id);
      const resumes = interruptedRunIds.at(-1) ?? null;
      const result = this.#statement(
        'INSERT INTO runs (started_at, status, mode, partial, input, pid, resumes_run_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(info.now, 'running', info.mode, info.partial ? 1 : 0, info.input, info.pid, resumes);
      return { runId: Number(result.lastInsertRowid), recovered: { interruptedRunIds, ambiguousChildren } };
    }, 'IMMEDIATE');
  }

  /**
   * The runs this run continues: those just before it that did not finish (interrupted or stopped),
   * back to the last one that did. What they confirmed need not be sent again in a full run.
   */
  resumedRunIds(runId: number): Set<number> {
    const ids = new Set<number>();
    const earlier = this.#statement('SELECT id, status FROM runs WHERE id < ? ORDER BY id DESC').iterate(
      runId,
    ) as Iterable<{ id: number; status: string }>;
    for (const run of earlier) {
      if (run.status !== 'interrupted' && run.status !== 'stopped') break;
      ids.add(run.id);
    }
    return ids;
  }

  meta(key: string): string | null {
    const row = this.#statement('SELECT value FROM meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.#statement(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  /** Every whole record the DfE is known to hold, for re-hashing when the comparison rules change. */
  *heldRecords(): Iterable<{ laChildId: string; record: string }> {
    const rows = this.#statement(
      'SELECT la_child_id, sent_record FROM children WHERE sent_hash IS NOT NULL AND sent_record IS NOT NULL',
    ).iterate() as Iterable<{
      la_child_id: string;
      sent_record: string;
    }>;
    for (const row of rows) yield { laChildId: row.la_child_id, record: row.sent_record };
  }

  updateSentHashes(hashes: readonly (readonly [string, string])[]): void {
    const update = this.#statement('UPDATE children SET sent_hash = ? WHERE la_child_id = ?');
    this.#transaction(() => {
      for (const [id, hash] of hashes) update.run(hash, id);
    });
  }

  setRunAuditFolder(runId: number, folder: string): void {
    this.#statement('UPDATE runs SET audit_folder = ? WHERE id = ?').run(folder, runId);
  }

  finishRun(
    runId: number,
    summary: {
      status: 'finished' | 'stopped';
      now: string;
      message: string | null;
      counts: Record<
        'records_read' | 'invalid' | 'unchanged' | 'planned' | 'sent' | 'deleted' | 'failed' | 'ambiguous',
        number
      >;
    },
  ): void {
    const c = summary.counts;
    this.#statement(
      `UPDATE runs SET status = ?, finished_at = ?, message = ?, records_read = ?, invalid = ?, unchanged = ?, planned = ?,
         sent = ?, deleted = ?, failed = ?, ambiguous = ? WHERE id = ?`,
    ).run(
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

  knownChildren(): Map<string, KnownChild> {
    const rows = this.#statement(knownChildrenSql).all() as unknown as KnownChildRow[];
    return new Map(rows.map((row) => [row.la_child_id, knownChildOf(row)]));
  }

  /** What is known of one child, or undefined for a child never seen. */
  knownChild(laChildId: string): KnownChild | undefined {
    const row = this.#statement(knownChildSql).get(laChildId) as KnownChildRow | undefined;
    return row === undefined ? undefined : knownChildOf(row);
  }

  /** An empty send queue for this run's plan, in temporary tables of this connection (see send-queue.ts). */
  sendQueue(): SendQueue {
    return new SendQueue(
      this.#db,
      (sql) => this.#statement(sql),
      (work) => this.#transaction(work),
    );
  }

  /** The whole record the DfE was last confirmed to hold for a child, or null. */
  sentRecord(laChildId: string): string | null {
    const row = this.#statement('SELECT sent_record FROM children WHERE la_child_id = ?').get(laChildId) as
      | { sent_record: string | null }
      | undefined;
    return row?.sent_record ?? null;
  }

  /** Stores the plan: which children will be sent and how, and why each invalid child will not be. */
  recordPlan(
    runId: number,
    now: string,
    sends: Iterable<Pick<PlannedSend, 'laChildId' | 'kind'>>,
    invalid: readonly InvalidChild[],
  ): void {
    const upsertSend = this.#statement(
      `INSERT INTO children (la_child_id, status, pending_kind, run_id, first_seen_at, updated_at)
       VALUES (?, 'pending', ?, ?, ?, ?)
       ON CONFLICT (la_child_id) DO UPDATE SET status = 'pending', pending_kind = excluded.pending_kind,
         run_id = excluded.run_id, batch_id = NULL, updated_at = excluded.updated_at`,
    );
    const upsertInvalid = this.#statement(
      `INSERT INTO children (la_child_id, status, run_id, last_error, error_rules, first_seen_at, updated_at)
       VALUES (?, 'invalid', ?, ?, ?, ?, ?)
       ON CONFLICT (la_child_id) DO UPDATE SET status = 'invalid', run_id = excluded.run_id, last_error = excluded.last_error,
         error_rules = excluded.error_rules, pending_kind = NULL, updated_at = excluded.updated_at`,
    );
    this.#transaction(() => {
      for (const send of sends) upsertSend.run(send.laChildId, send.kind, runId, now, now);
      for (const child of invalid) {
        upsertInvalid.run(child.laChildId, runId, child.error, JSON.stringify(child.rules), now, now);
      }
    });
  }

  /**
   * After the sends: keeps the data-quality rule ids on each child of the snapshot the DfE now holds (none
   * when its record is clean), and returns those this run sent that have some.
   */
  recordDataQuality(
    runId: number,
    snapshotIds: Iterable<string>,
    dataQuality: readonly DataQualityChild[],
  ): DataQualityChild[] {
    const rulesById = new Map(dataQuality.map((child) => [child.laChildId, child.rules]));
    const update = this.#statement(
      "UPDATE children SET error_rules = ? WHERE la_child_id = ? AND status = 'sent' RETURNING sent_run_id",
    );
    return this.#transaction(() => {
      const sent: DataQualityChild[] = [];
      for (const id of snapshotIds) {
        const rules = rulesById.get(id);
        const row = update.get(rules ? JSON.stringify(rules) : null, id) as
          | { sent_run_id: number }
          | undefined;
        if (rules && row?.sent_run_id === runId) sent.push({ laChildId: id, rules });
      }
      return sent;
    });
  }

  /**
   * Marks the children as in a request before it leaves: if the process dies before the answer is
   * recorded, the send's outcome stays unknown.
   */
  startBatch(runId: number, laChildIds: readonly string[], now: string): number {
    return this.#transaction(() => {
      const batchId = Number(
        this.#statement(
          "INSERT INTO batches (run_id, started_at, record_count, status) VALUES (?, ?, ?, 'sending')",
        ).run(runId, now, laChildIds.length).lastInsertRowid,
      );
      const mark = this.#statement(
        `UPDATE children SET status = 'sending', batch_id = ?1,
           unknown_outcome_batch = COALESCE(unknown_outcome_batch, ?1), updated_at = ?2 WHERE la_child_id = ?3`,
      );
      for (const id of laChildIds) mark.run(batchId, now, id);
      return batchId;
    });
  }

  finishBatch(
    batchId: number,
    outcome: {
      status: string;
      httpStatus: number | null;
      ambiguousAttempts: number;
      message: string | null;
      now: string;
    },
  ): void {
    this.#statement(
      'UPDATE batches SET status = ?, http_status = ?, ambiguous_attempts = ?, message = ?, finished_at = ? WHERE id = ?',
    ).run(
      outcome.status,
      outcome.httpStatus,
      outcome.ambiguousAttempts,
      outcome.message,
      outcome.now,
      batchId,
    );
  }

  /** Confirms records with their receipts; the only way a child becomes sent (or deleted). */
  confirmSent(
    batchId: number,
    runId: number,
    confirmations: readonly { laChildId: string; receipt: string; send: PlannedSend }[],
    ambiguousAttempts: number,
    now: string,
  ): void {
    const confirmSend = this.#statement(
      `UPDATE children SET status = ?, sent_record = ?, sent_payload = ?, sent_hash = ?, sent_raw_hash = ?, sent_at = ?,
         sent_run_id = ?, receipt = ?, pending_kind = NULL, last_error = NULL, error_rules = NULL,
         ambiguous_sends = ambiguous_sends + ?, unknown_outcome_batch = NULL, updated_at = ?
       WHERE la_child_id = ?`,
    );
    this.#transaction(() => {
      for (const { send, receipt } of confirmations) {
        confirmSend.run(
          send.kind === 'delete' ? 'deleted' : 'sent',
          send.record,
          send.kind === 'full' ? null : send.payload,
          send.hash,
          send.rawHash ?? null,
          now,
          runId,
          receipt,
          ambiguousAttempts,
          now,
          send.laChildId,
        );
      }
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
   * Records a failure with its reason against each child. `ambiguousAttempts` counts sends the DfE may
   * hold; with none, the child's current batch is known not to have been stored, so it no longer
   * leaves the child's outcome unknown (an earlier unknown send still does).
   */
  markFailed(laChildIds: readonly string[], error: string, ambiguousAttempts: number, now: string): void {
    const mark = this.#statement(
      `UPDATE children SET status = 'failed', last_error = ?1, ambiguous_sends = ambiguous_sends + ?2, updated_at = ?3,
         unknown_outcome_batch = CASE WHEN ?2 = 0 AND unknown_outcome_batch = batch_id THEN NULL ELSE unknown_outcome_batch END
       WHERE la_child_id = ?4`,
    );
    this.#transaction(() => {
      for (const id of laChildIds) mark.run(error, ambiguousAttempts, now, id);
    });
  }

  /**
   * Children whose content the DfE already holds: they count as sent again. Never a child with an
   * unknown outcome since its receipt: only a new receipt can say what the DfE holds for it.
   */
  markUnchanged(laChildIds: Iterable<string>, now: string): void {
    const mark = this.#statement(
      `UPDATE children SET status = 'sent', last_error = NULL, error_rules = NULL, pending_kind = NULL, updated_at = ?
       WHERE la_child_id = ? AND status <> 'sent' AND unknown_outcome_batch IS NULL`,
    );
    this.#transaction(() => {
      for (const id of laChildIds) mark.run(now, id);
    });
  }

  /**
   * A batch the DfE refused as a whole (413, or a 400) and that is sent again in parts: its children
   * wait for their part, carrying what this request left unknown (`ambiguousAttempts`).
   */
  splitBatch(
    batchId: number,
    laChildIds: readonly string[],
    outcome: { httpStatus: number; ambiguousAttempts: number; message: string; now: string },
  ): void {
    const release = this.#statement(
      `UPDATE children SET status = 'pending', batch_id = NULL, ambiguous_sends = ambiguous_sends + ?1, updated_at = ?2,
         unknown_outcome_batch = CASE WHEN ?1 = 0 AND unknown_outcome_batch = batch_id THEN NULL ELSE unknown_outcome_batch END
       WHERE la_child_id = ?3`,
    );
    this.#transaction(() => {
      for (const id of laChildIds) release.run(outcome.ambiguousAttempts, outcome.now, id);
      this.finishBatch(batchId, { ...outcome, status: 'split' });
    });
  }

  /**
   * Children of this run that have not reached a final state (used when a run stops early): those
   * not yet sent, and those in a request whose answer was never recorded.
   */
  unfinishedChildren(runId: number): { notSent: string[]; inFlight: string[] } {
    const rows = this.#statement(
      "SELECT la_child_id, status FROM children WHERE run_id = ? AND status IN ('pending', 'sending')",
    ).all(runId) as { la_child_id: string; status: 'pending' | 'sending' }[];
    const pick = (status: string) =>
      rows.filter((row) => row.status === status).map((row) => row.la_child_id);
    return { notSent: pick('pending'), inFlight: pick('sending') };
  }

  /** How this run's children ended. */
  runCounts(runId: number): { sent: number; deleted: number; failed: number } {
    const rows = this.#statement(
      'SELECT status, COUNT(*) AS n FROM children WHERE run_id = ? GROUP BY status',
    ).all(runId) as {
      status: string;
      n: number;
    }[];
    const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
    return { sent: count('sent'), deleted: count('deleted'), failed: count('failed') };
  }

  statusCounts(): Record<ChildStatus, number> {
    const counts: Record<ChildStatus, number> = {
      pending: 0,
      sending: 0,
      sent: 0,
      deleted: 0,
      failed: 0,
      invalid: 0,
    };
    for (const row of this.#statement('SELECT status, COUNT(*) AS n FROM children GROUP BY status').all() as {
      status: ChildStatus;
      n: number;
    }[]) {
      counts[row.status] = row.n;
    }
    return counts;
  }

  lastRuns(limit: number): RunRow[] {
    return this.#statement('SELECT * FROM runs ORDER BY id DESC LIMIT ?').all(limit) as unknown as RunRow[];
  }

  children(): ChildRow[] {
    return this.#statement(
      'SELECT la_child_id, status, receipt, last_error, error_rules, sent_at, ambiguous_sends, updated_at FROM children ORDER BY la_child_id',
    ).all() as unknown as ChildRow[];
  }
}

const knownChildrenSql =
  'SELECT la_child_id, status, sent_hash, sent_raw_hash, sent_run_id, unknown_outcome_batch FROM children';
/** Asked for every child of a snapshot: a constant, so finding its prepared statement costs little. */
const knownChildSql = `${knownChildrenSql} WHERE la_child_id = ?`;

interface KnownChildRow {
  la_child_id: string;
  status: ChildStatus;
  sent_hash: string | null;
  sent_raw_hash: string | null;
  sent_run_id: number | null;
  unknown_outcome_batch: number | null;
}

function knownChildOf(row: KnownChildRow): KnownChild {
  return {
    laChildId: row.la_child_id,
    status: row.status,
    sentHash: row.sent_hash,
    sentRawHash: row.sent_raw_hash,
    sentRunId: row.sent_run_id,
    outcomeUnknown: row.unknown_outcome_batch !== null,
  };
}
