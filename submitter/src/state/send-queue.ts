// One run's plan, kept in temporary tables of the state file's connection instead of in memory: every
// la_child_id read from the snapshot, each planned send with its record and payload, and the children
// already held unchanged. SQLite keeps temporary tables in a temporary file that no other process can
// open and that goes when the connection closes, so memory stays flat however large the snapshot;
// batches are read back one at a time. Runs in Node (node:sqlite).
import type { StatementSync } from 'node:sqlite';
import type { ChildStatus, KnownChild, PayloadKind, PlannedSend } from 'csc-api-validator/delta';
import type { StateConnection } from './state-connection.ts';

interface SendRow {
  seq: number;
  la_child_id: string;
  kind: PayloadKind;
  record: string | null;
  hash: string | null;
  raw_hash: string | null;
  payload: string;
}

export class SendQueue {
  readonly #connection: StateConnection;

  constructor(connection: StateConnection) {
    this.#connection = connection;
    connection.db.exec(`PRAGMA temp_store = FILE;
      DROP TABLE IF EXISTS temp.snapshot_ids;
      DROP TABLE IF EXISTS temp.planned_sends;
      DROP TABLE IF EXISTS temp.unchanged_children;
      CREATE TEMP TABLE snapshot_ids (la_child_id TEXT PRIMARY KEY, occurrences INTEGER NOT NULL) WITHOUT ROWID;
      -- payload is null when it is the record itself (a full send), so the record is stored once.
      CREATE TEMP TABLE planned_sends (seq INTEGER PRIMARY KEY, la_child_id TEXT NOT NULL, kind TEXT NOT NULL,
        record TEXT, hash TEXT, raw_hash TEXT, payload TEXT);
      CREATE INDEX temp.planned_sends_child ON planned_sends (la_child_id);
      CREATE TEMP TABLE unchanged_children (la_child_id TEXT PRIMARY KEY) WITHOUT ROWID;`);
  }

  #statement(sql: string): StatementSync {
    return this.#connection.statement(sql);
  }

  /** Plans a group of children in one transaction: one read of the state file, one write of the queue. */
  together(work: () => void): void {
    this.#connection.transaction(work);
  }

  /** Notes an la_child_id read from the snapshot, valid or not. */
  see(laChildId: string): void {
    this.#statement(
      `INSERT INTO temp.snapshot_ids (la_child_id, occurrences) VALUES (?, 1)
       ON CONFLICT (la_child_id) DO UPDATE SET occurrences = occurrences + 1`,
    ).run(laChildId);
  }

  /** The la_child_ids read more than once, with how many times. */
  duplicates(): [string, number][] {
    const rows = this.#statement(
      'SELECT la_child_id, occurrences FROM temp.snapshot_ids WHERE occurrences > 1 ORDER BY la_child_id',
    ).all() as { la_child_id: string; occurrences: number }[];
    return rows.map((row) => [row.la_child_id, row.occurrences]);
  }

  add(send: PlannedSend): void {
    this.#statement(
      'INSERT INTO temp.planned_sends (la_child_id, kind, record, hash, raw_hash, payload) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      send.laChildId,
      send.kind,
      send.record,
      send.hash,
      send.rawHash ?? null,
      send.payload === send.record ? null : send.payload,
    );
  }

  addUnchanged(laChildId: string): void {
    this.#statement('INSERT OR IGNORE INTO temp.unchanged_children (la_child_id) VALUES (?)').run(laChildId);
  }

  /** Takes children back out of the plan (those whose la_child_id turned out to be duplicated). */
  drop(laChildIds: readonly string[]): void {
    const sends = this.#statement('DELETE FROM temp.planned_sends WHERE la_child_id = ?');
    const unchanged = this.#statement('DELETE FROM temp.unchanged_children WHERE la_child_id = ?');
    for (const id of laChildIds) {
      sends.run(id);
      unchanged.run(id);
    }
  }

  /**
   * Every child the state file knows, with whether today's snapshot has it: for the children the DfE
   * may hold and those that vanished.
   */
  *knownChildren(): Iterable<
    Pick<KnownChild, 'laChildId' | 'status' | 'sentHash' | 'outcomeUnknown'> & {
      present: boolean;
    }
  > {
    const rows = this.#statement(
      `SELECT c.la_child_id, c.status, c.sent_hash, c.unknown_outcome_batch IS NOT NULL AS outcome_unknown,
         s.la_child_id IS NOT NULL AS present
       FROM children c LEFT JOIN temp.snapshot_ids s ON s.la_child_id = c.la_child_id ORDER BY c.rowid`,
    ).iterate() as Iterable<{
      la_child_id: string;
      status: ChildStatus;
      sent_hash: string | null;
      outcome_unknown: number;
      present: number;
    }>;
    for (const row of rows) {
      yield {
        laChildId: row.la_child_id,
        status: row.status,
        sentHash: row.sent_hash,
        outcomeUnknown: row.outcome_unknown === 1,
        present: row.present === 1,
      };
    }
  }

  /** How many sends of each kind are planned, and how many children are unchanged. */
  counts(): Record<PayloadKind | 'unchanged', number> {
    const counts = { full: 0, partial: 0, delete: 0, unchanged: 0 };
    const rows = this.#statement(
      'SELECT kind, COUNT(*) AS n FROM temp.planned_sends GROUP BY kind',
    ).all() as {
      kind: PayloadKind;
      n: number;
    }[];
    for (const row of rows) counts[row.kind] = row.n;
    counts.unchanged = (
      this.#statement('SELECT COUNT(*) AS n FROM temp.unchanged_children').get() as { n: number }
    ).n;
    return counts;
  }

  /** Each planned send's child and kind, in order. */
  *planned(): Iterable<Pick<PlannedSend, 'laChildId' | 'kind'>> {
    const rows = this.#connection.rows<{ la_child_id: string; kind: PayloadKind }>(
      'SELECT la_child_id, kind FROM temp.planned_sends ORDER BY seq',
    );
    for (const row of rows) yield { laChildId: row.la_child_id, kind: row.kind };
  }

  *unchanged(): Iterable<string> {
    const rows = this.#statement('SELECT la_child_id FROM temp.unchanged_children').iterate() as Iterable<{
      la_child_id: string;
    }>;
    for (const row of rows) yield row.la_child_id;
  }

  /** The children of today's snapshot that passed the gate: planned for sending, or unchanged. */
  *validIds(): Iterable<string> {
    const rows = this.#statement(
      `SELECT la_child_id FROM temp.planned_sends WHERE kind <> 'delete'
       UNION ALL SELECT la_child_id FROM temp.unchanged_children`,
    ).iterate() as Iterable<{ la_child_id: string }>;
    for (const row of rows) yield row.la_child_id;
  }

  /**
   * The planned sends in order, `size` at a time, each batch read when it is wanted: what a batch leaves
   * behind can be collected before the next is read.
   */
  *batches(size: number): Iterable<PlannedSend[]> {
    const page = this.#statement(
      `SELECT seq, la_child_id, kind, record, hash, raw_hash, COALESCE(payload, record) AS payload
       FROM temp.planned_sends WHERE seq > ? ORDER BY seq LIMIT ?`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all(after, size) as unknown as SendRow[];
      if (rows.length === 0) return;
      after = (rows.at(-1) as SendRow).seq;
      yield rows.map((row) => ({
        laChildId: row.la_child_id,
        kind: row.kind,
        record: row.record,
        hash: row.hash,
        rawHash: row.raw_hash,
        payload: row.payload,
      }));
    }
  }
}
