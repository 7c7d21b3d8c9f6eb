// The SQLite state file's tables, and the upgrade of files made by earlier versions. Runs in Node (node:sqlite).
import type { DatabaseSync } from 'node:sqlite';

export const schemaVersion = 2;

export const schemaSql = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  -- running | finished | stopped | interrupted
  status TEXT NOT NULL,
  mode TEXT NOT NULL,
  partial INTEGER NOT NULL DEFAULT 0,
  input TEXT,
  pid INTEGER NOT NULL,
  resumes_run_id INTEGER,
  records_read INTEGER NOT NULL DEFAULT 0,
  invalid INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  planned INTEGER NOT NULL DEFAULT 0,
  sent INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  ambiguous INTEGER NOT NULL DEFAULT 0,
  message TEXT,
  audit_folder TEXT
);
CREATE TABLE IF NOT EXISTS batches (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  record_count INTEGER NOT NULL,
  -- sending | accepted | split | rejected | failed | unconfirmed | interrupted
  status TEXT NOT NULL,
  http_status INTEGER,
  ambiguous_attempts INTEGER NOT NULL DEFAULT 0,
  message TEXT
);
CREATE TABLE IF NOT EXISTS children (
  la_child_id TEXT PRIMARY KEY,
  -- pending | sending | sent | deleted | failed | invalid
  status TEXT NOT NULL,
  -- The whole record the DfE was last confirmed to hold (null after a confirmed deletion).
  sent_record TEXT,
  -- The body sent for the child when it differs from sent_record (a partial record or a deletion).
  sent_payload TEXT,
  -- Hash of sent_record ignoring key order, array order and ignored fields.
  sent_hash TEXT,
  -- Hash of sent_record exactly as serialised: a quick first comparison.
  sent_raw_hash TEXT,
  sent_at TEXT,
  sent_run_id INTEGER,
  receipt TEXT,
  -- full | partial | delete: what this run plans to send.
  pending_kind TEXT,
  run_id INTEGER,
  batch_id INTEGER,
  last_error TEXT,
  error_rules TEXT,
  ambiguous_sends INTEGER NOT NULL DEFAULT 0,
  -- The batch of the oldest send whose outcome is unknown (a timeout, a 5xx, an unreadable 200, a kill)
  -- since the last confirmed one; 0 when an upgrade found one of unknown batch. Until a later send is
  -- confirmed, the DfE may hold anything sent since sent_record.
  unknown_outcome_batch INTEGER,
  first_seen_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS children_status ON children(status);
CREATE INDEX IF NOT EXISTS batches_run ON batches(run_id);
`;

/**
 * Brings a state file made by an earlier version up to this one (a new file already is). Version 1 did
 * not record unknown outcomes: a child whose last send failed after an unknown outcome, or that was in
 * a request when its run was killed, is taken to have one.
 */
export function upgradeSchema(db: DatabaseSync): void {
  if (hasUnknownOutcomeColumn(db)) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have upgraded the file while this one waited for the lock.
    if (!hasUnknownOutcomeColumn(db)) {
      db.exec(`ALTER TABLE children ADD COLUMN unknown_outcome_batch INTEGER;
        UPDATE children SET unknown_outcome_batch = COALESCE(batch_id, 0)
          WHERE status = 'sending' OR (status = 'failed' AND ambiguous_sends > 0);`);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(schemaVersion));
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

function hasUnknownOutcomeColumn(db: DatabaseSync): boolean {
  const columns = db.prepare('PRAGMA table_info(children)').all() as { name: string }[];
  return columns.some((column) => column.name === 'unknown_outcome_batch');
}
