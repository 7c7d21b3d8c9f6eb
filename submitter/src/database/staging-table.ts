// Reads and updates the SSD staging table (ssd_api_data_staging or its _anon twin) over one session,
// and holds the lock that stops two runs sending from the same table. Runs in Node.

import { DatabaseError } from '../errors.ts';
import type { DatabaseConnection, SqlValue } from './database-connection.ts';
import { lockLostAdvice } from './session-watch.ts';
import type { TableName } from './sql-dialect.ts';
import { lockResource, type StagingSql, stagingSql } from './staging-sql.ts';

/** One row as read for sending. Payloads are the text exactly as stored. */
export interface StagingRow {
  /** The row key, as the database returned it (text or a number). */
  personId: string | number;
  jsonPayload: string | null;
  previousJsonPayload: string | null;
  rowState: string | null;
  submissionStatus: string | null;
  apiResponse: string | null;
}

export interface ColumnInfo {
  name: string;
  type: string;
}

export class StagingTable {
  readonly connection: DatabaseConnection;
  readonly table: TableName;
  readonly sql: StagingSql;
  #locked = false;

  constructor(connection: DatabaseConnection, table: TableName) {
    this.connection = connection;
    this.table = table;
    this.sql = stagingSql(connection.dialect, table);
  }

  get name(): string {
    return this.table.schema === null ? this.table.name : `${this.table.schema}.${this.table.name}`;
  }

  /** Takes the run lock without waiting; false when another session holds it. */
  async tryLock(): Promise<boolean> {
    const { dialect } = this.connection;
    const rows = await this.connection.query(dialect.lockSql, dialect.lockParams(lockResource(this.table)));
    this.#locked = isTrue(rows[0]?.locked);
    return this.#locked;
  }

  /**
   * Throws unless this session still holds the run lock; checked before each batch is sent, so a run
   * that lost its session sends nothing more.
   */
  async checkLock(): Promise<void> {
    const { dialect } = this.connection;
    const rows = await this.connection.query(
      dialect.lockHeldSql,
      dialect.lockParams(lockResource(this.table)),
    );
    if (!isTrue(rows[0]?.held)) {
      throw new DatabaseError(
        `${this.connection.description}: this run no longer holds the lock on ${this.name}, so another run could now read the same rows. ${lockLostAdvice}`,
        'LOCK_LOST',
      );
    }
  }

  async unlock(): Promise<void> {
    if (!this.#locked) return;
    const { dialect } = this.connection;
    await this.connection.query(dialect.unlockSql, dialect.lockParams(lockResource(this.table)));
    this.#locked = false;
  }

  async rowsToSend(): Promise<StagingRow[]> {
    const rows = await this.connection.query(this.sql.selectRowsToSend);
    return rows.map((row) => ({
      personId: typeof row.person_id === 'number' ? row.person_id : String(row.person_id),
      jsonPayload: textOrNull(row.json_payload),
      previousJsonPayload: textOrNull(row.previous_json_payload),
      rowState: textOrNull(row.row_state),
      submissionStatus: textOrNull(row.submission_status),
      apiResponse: textOrNull(row.api_response),
    }));
  }

  async countHeld(): Promise<number> {
    const rows = await this.connection.query(this.sql.countHeld);
    return Number(rows[0]?.held ?? 0);
  }

  /**
   * Records a confirmed send: the receipt, and the content the DfE now holds. If the row changed
   * while it was being sent it stays pending with its new content. Returns the rows changed.
   */
  async markSent(row: StagingRow, receipt: string, at: Date): Promise<number> {
    if (receipt.trim() === '') throw new Error('a row can only be marked sent with a receipt');
    const payload = row.jsonPayload;
    return this.#execute(this.sql.markSent, [receipt, at, payload, payload, row.personId]);
  }

  async markDeleted(row: StagingRow, receipt: string, at: Date): Promise<number> {
    if (receipt.trim() === '') throw new Error('a row can only be marked sent with a receipt');
    return this.#execute(this.sql.markDeleted, [receipt, at, row.personId]);
  }

  async markError(row: StagingRow, error: StagingError, at: Date): Promise<number> {
    return this.#execute(this.sql.markError, [JSON.stringify(error), at, row.personId]);
  }

  /** The DfE already holds this row's content, confirmed by `receipt` from an earlier send. */
  async markHeld(row: StagingRow, receipt: string): Promise<number> {
    if (receipt.trim() === '') throw new Error('a row can only be marked sent with a receipt');
    return this.#execute(this.sql.markHeld, [receipt, row.jsonPayload, row.personId]);
  }

  async columns(): Promise<ColumnInfo[]> {
    const rows = await this.connection.query(this.sql.selectColumns, [this.table.schema, this.table.name]);
    return rows.map((row) => ({ name: String(row.column_name).toLowerCase(), type: String(row.data_type) }));
  }

  async permissions(): Promise<{ select: boolean; update: boolean }> {
    const rows = await this.connection.query(this.sql.permissions, [
      this.connection.dialect.table(this.table),
    ]);
    return { select: isTrue(rows[0]?.can_select), update: isTrue(rows[0]?.can_update) };
  }

  async readOneRow(): Promise<boolean> {
    return (await this.connection.query(this.sql.readOneRow)).length > 0;
  }

  #execute(sql: string, params: SqlValue[]): Promise<number> {
    return this.connection.execute(sql, params);
  }
}

/** What api_response holds for a row that was not sent: JSON, so SQL can read it with JSON functions. */
export interface StagingError {
  error: string;
  /** Validation rule ids, when the record was not sent because of them. */
  rules?: string[];
}

function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
