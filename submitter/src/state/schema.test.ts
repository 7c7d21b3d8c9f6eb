import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from './schema.ts';
import { StateStore } from './state-store.ts';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A state file as version 1 of csc-api left it: no record of unknown outcomes. */
function versionOneFile(): string {
  dir = mkdtempSync(join(tmpdir(), 'csc-api-schema-'));
  const path = join(dir, 'state.sqlite');
  const db = new DatabaseSync(path);
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta VALUES ('schema_version', '1');
    CREATE TABLE children (
      la_child_id TEXT PRIMARY KEY, status TEXT NOT NULL, sent_record TEXT, sent_payload TEXT, sent_hash TEXT,
      sent_raw_hash TEXT, sent_at TEXT, sent_run_id INTEGER, receipt TEXT, pending_kind TEXT, run_id INTEGER,
      batch_id INTEGER, last_error TEXT, error_rules TEXT, ambiguous_sends INTEGER NOT NULL DEFAULT 0,
      first_seen_at TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    INSERT INTO children (la_child_id, status, sent_hash, batch_id, ambiguous_sends, first_seen_at, updated_at) VALUES
      ('SENT', 'sent', 'h1', 1, 0, 't', 't'),
      ('TIMED_OUT', 'failed', 'h2', 2, 1, 't', 't'),
      ('REJECTED', 'failed', 'h3', 2, 0, 't', 't'),
      ('IN_FLIGHT', 'sending', NULL, 3, 0, 't', 't');
  `);
  db.close();
  return path;
}

describe('opening a state file made by an earlier version', () => {
  it('upgrades a version-1 file, taking failed ambiguous and in-flight sends to have unknown outcomes', () => {
    const path = versionOneFile();
    const store = StateStore.open(path);
    const known = store.ledger.knownChildren();
    expect(store.meta('schema_version')).toBe(String(schemaVersion));
    expect(schemaVersion).toBe(2);
    expect(Object.fromEntries([...known].map(([id, child]) => [id, child.outcomeUnknown]))).toEqual({
      SENT: false,
      TIMED_OUT: true,
      REJECTED: false,
      IN_FLIGHT: true,
    });
    store.close();

    // Opening it again changes nothing.
    const again = StateStore.open(path);
    expect(again.ledger.knownChildren().get('TIMED_OUT')?.outcomeUnknown).toBe(true);
    again.close();
  });
});
