// The per-child ledger of the state file: what the DfE was last confirmed to hold for each child (its
// record, hashes and receipt), and where each child of a run stands. Runs in Node (node:sqlite).
import type { ChildStatus, KnownChild, PlannedSend } from 'csc-api-validator/delta';
import type { StateConnection } from './state-connection.ts';

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

export interface Confirmation {
  laChildId: string;
  receipt: string;
  send: PlannedSend;
}

const knownChildrenSql =
  'SELECT la_child_id, status, sent_hash, sent_raw_hash, sent_run_id, unknown_outcome_batch FROM children';
/** Asked for every child of a snapshot: a constant, so finding its prepared statement costs little. */
const knownChildSql = `${knownChildrenSql} WHERE la_child_id = ?`;

/**
 * Forgets the unknown outcome left by the child's current batch when that batch is known not to have
 * been stored (?2, the sends the DfE may hold, is 0).
 */
const settleCurrentBatch =
  'unknown_outcome_batch = CASE WHEN ?2 = 0 AND unknown_outcome_batch = batch_id THEN NULL ELSE unknown_outcome_batch END';

export class ChildLedger {
  readonly #connection: StateConnection;

  constructor(connection: StateConnection) {
    this.#connection = connection;
  }

  knownChildren(): Map<string, KnownChild> {
    const rows = this.#connection.rows<KnownChildRow>(knownChildrenSql);
    return new Map(Array.from(rows, (row) => [row.la_child_id, knownChildOf(row)]));
  }

  /** What is known of one child, or undefined for a child never seen. */
  knownChild(laChildId: string): KnownChild | undefined {
    const row = this.#connection.statement(knownChildSql).get(laChildId) as KnownChildRow | undefined;
    return row === undefined ? undefined : knownChildOf(row);
  }

  /** The whole record the DfE was last confirmed to hold for a child, or null. */
  sentRecord(laChildId: string): string | null {
    const row = this.#connection
      .statement('SELECT sent_record FROM children WHERE la_child_id = ?')
      .get(laChildId) as { sent_record: string | null } | undefined;
    return row?.sent_record ?? null;
  }

  /** Every whole record the DfE is known to hold, for re-hashing when the comparison rules change. */
  *heldRecords(): Iterable<{ laChildId: string; record: string }> {
    const rows = this.#connection.rows<{ la_child_id: string; sent_record: string }>(
      'SELECT la_child_id, sent_record FROM children WHERE sent_hash IS NOT NULL AND sent_record IS NOT NULL',
    );
    for (const row of rows) yield { laChildId: row.la_child_id, record: row.sent_record };
  }

  updateSentHashes(hashes: readonly (readonly [string, string])[]): void {
    const update = this.#connection.statement('UPDATE children SET sent_hash = ? WHERE la_child_id = ?');
    this.#connection.transaction(() => {
      for (const [id, hash] of hashes) update.run(hash, id);
    });
  }

  /** Stores the plan: which children will be sent and how, and why each invalid child will not be. */
  recordPlan(
    runId: number,
    now: string,
    sends: Iterable<Pick<PlannedSend, 'laChildId' | 'kind'>>,
    invalid: readonly InvalidChild[],
  ): void {
    const upsertSend = this.#connection.statement(
      `INSERT INTO children (la_child_id, status, pending_kind, run_id, first_seen_at, updated_at)
       VALUES (?, 'pending', ?, ?, ?, ?)
       ON CONFLICT (la_child_id) DO UPDATE SET status = 'pending', pending_kind = excluded.pending_kind,
         run_id = excluded.run_id, batch_id = NULL, updated_at = excluded.updated_at`,
    );
    const upsertInvalid = this.#connection.statement(
      `INSERT INTO children (la_child_id, status, run_id, last_error, error_rules, first_seen_at, updated_at)
       VALUES (?, 'invalid', ?, ?, ?, ?, ?)
       ON CONFLICT (la_child_id) DO UPDATE SET status = 'invalid', run_id = excluded.run_id, last_error = excluded.last_error,
         error_rules = excluded.error_rules, pending_kind = NULL, updated_at = excluded.updated_at`,
    );
    this.#connection.transaction(() => {
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
    const update = this.#connection.statement(
      "UPDATE children SET error_rules = ? WHERE la_child_id = ? AND status = 'sent' RETURNING sent_run_id",
    );
    return this.#connection.transaction(() => {
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
  markSending(batchId: number, laChildIds: readonly string[], now: string): void {
    const mark = this.#connection.statement(
      `UPDATE children SET status = 'sending', batch_id = ?1,
         unknown_outcome_batch = COALESCE(unknown_outcome_batch, ?1), updated_at = ?2 WHERE la_child_id = ?3`,
    );
    this.#connection.transaction(() => {
      for (const id of laChildIds) mark.run(batchId, now, id);
    });
  }

  /** Confirms records with their receipts; the only way a child becomes sent (or deleted). */
  confirm(
    runId: number,
    confirmations: readonly Confirmation[],
    ambiguousAttempts: number,
    now: string,
  ): void {
    const confirmSend = this.#connection.statement(
      `UPDATE children SET status = ?, sent_record = ?, sent_payload = ?, sent_hash = ?, sent_raw_hash = ?, sent_at = ?,
         sent_run_id = ?, receipt = ?, pending_kind = NULL, last_error = NULL, error_rules = NULL,
         ambiguous_sends = ambiguous_sends + ?, unknown_outcome_batch = NULL, updated_at = ?
       WHERE la_child_id = ?`,
    );
    this.#connection.transaction(() => {
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
    });
  }

  /**
   * Records a failure with its reason against each child. `ambiguousAttempts` counts sends the DfE may
   * hold; with none, the child's current batch is known not to have been stored, so it no longer
   * leaves the child's outcome unknown (an earlier unknown send still does).
   */
  markFailed(laChildIds: readonly string[], error: string, ambiguousAttempts: number, now: string): void {
    const mark = this.#connection.statement(
      `UPDATE children SET status = 'failed', last_error = ?1, ambiguous_sends = ambiguous_sends + ?2, updated_at = ?3,
         ${settleCurrentBatch}
       WHERE la_child_id = ?4`,
    );
    this.#connection.transaction(() => {
      for (const id of laChildIds) mark.run(error, ambiguousAttempts, now, id);
    });
  }

  /**
   * Children whose content the DfE already holds: they count as sent again. Never a child with an
   * unknown outcome since its receipt: only a new receipt can say what the DfE holds for it.
   */
  markUnchanged(laChildIds: Iterable<string>, now: string): void {
    const mark = this.#connection.statement(
      `UPDATE children SET status = 'sent', last_error = NULL, error_rules = NULL, pending_kind = NULL, updated_at = ?
       WHERE la_child_id = ? AND status <> 'sent' AND unknown_outcome_batch IS NULL`,
    );
    this.#connection.transaction(() => {
      for (const id of laChildIds) mark.run(now, id);
    });
  }

  /**
   * Children of a batch the DfE refused as a whole, to be sent again in parts: they wait for their part,
   * carrying what the refused request left unknown (`ambiguousAttempts`).
   */
  release(laChildIds: readonly string[], ambiguousAttempts: number, now: string): void {
    const release = this.#connection.statement(
      `UPDATE children SET status = 'pending', batch_id = NULL, ambiguous_sends = ambiguous_sends + ?2, updated_at = ?3,
         ${settleCurrentBatch}
       WHERE la_child_id = ?1`,
    );
    this.#connection.transaction(() => {
      for (const id of laChildIds) release.run(id, ambiguousAttempts, now);
    });
  }

  /**
   * Children of this run that have not reached a final state (used when a run stops early): those
   * not yet sent, and those in a request whose answer was never recorded.
   */
  unfinishedChildren(runId: number): { notSent: string[]; inFlight: string[] } {
    const rows = this.#connection
      .statement(
        "SELECT la_child_id, status FROM children WHERE run_id = ? AND status IN ('pending', 'sending')",
      )
      .all(runId) as { la_child_id: string; status: 'pending' | 'sending' }[];
    const pick = (status: ChildStatus) =>
      rows.filter((row) => row.status === status).map((row) => row.la_child_id);
    return { notSent: pick('pending'), inFlight: pick('sending') };
  }

  /** How this run's children ended. */
  runCounts(runId: number): { sent: number; deleted: number; failed: number } {
    const rows = this.#connection
      .statement('SELECT status, COUNT(*) AS n FROM children WHERE run_id = ? GROUP BY status')
      .all(runId) as { status: ChildStatus; n: number }[];
    const count = (status: ChildStatus) => rows.find((row) => row.status === status)?.n ?? 0;
    return { sent: count('sent'), deleted: count('deleted'), failed: count('failed') };
  }
}

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
