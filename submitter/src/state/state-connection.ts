// The state file's one SQLite connection, shared by the parts of the state store: opening it, its
// prepared statements and its transactions. Runs in Node (node:sqlite).
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { ensurePrivateFile, makePrivateFolder, narrowToOwner } from '../private-files.ts';
import { schemaSql, schemaVersion, upgradeSchema } from './schema.ts';

export class StateConnection {
  readonly db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  #depth = 0;

  private constructor(db: DatabaseSync) {
    this.db = db;
  }

  /**
   * Opens (creating when needed) the state file, readable by its owner only: SQLite gives the -wal and
   * -shm files the state file's own mode. `:memory:` gives a throwaway store for dry runs.
   */
  static open(path: string): StateConnection {
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
    return new StateConnection(db);
  }

  close(): void {
    this.db.close();
  }

  /** The prepared statement for some SQL, prepared once per connection. */
  statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** The rows of a query, read one at a time. */
  rows<Row>(sql: string, ...parameters: SQLInputValue[]): Iterable<Row> {
    return this.statement(sql).iterate(...parameters) as Iterable<Row>;
  }

  /**
   * Runs work in one transaction. Work already inside one joins it, so a part of the store can call
   * another's method and both commit (or roll back) together.
   */
  transaction<T>(work: () => T, mode: 'DEFERRED' | 'IMMEDIATE' = 'DEFERRED'): T {
    if (this.#depth > 0) return this.#nested(work);
    this.db.exec(`BEGIN ${mode}`);
    try {
      const result = this.#nested(work);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  #nested<T>(work: () => T): T {
    this.#depth += 1;
    try {
      return work();
    } finally {
      this.#depth -= 1;
    }
  }
}
