// The SQL csc-api runs against the SSD staging table, written once for both databases: the dialect
// fills in what differs. Only SELECT and UPDATE touch the table. Runs anywhere: it only builds strings.
import type { SqlDialect, TableName } from './sql-dialect.ts';

/** The columns csc-api reads or writes. */
export const requiredColumns = [
  'person_id',
  'json_payload',
  'previous_json_payload',
  'current_hash',
  'previous_hash',
  'row_state',
  'submission_status',
  'api_response',
  'submission_timestamp',
] as const;

/** Columns D2I's table has that csc-api leaves to the LA's own SQL. */
export const otherKnownColumns = ['partial_json_payload', 'last_updated'] as const;

export interface StagingSql {
  /** Rows to send: pending or error rows with a payload, and deleted rows the DfE may still hold. */
  selectRowsToSend: string;
  /** How many children the DfE holds according to the table (those with a previous payload). */
  countHeld: string;
  /** Params: receipt, time, payload as read (compared), payload as read (stored), key. */
  markSent: string;
  /** Params: receipt, time, key. */
  markDeleted: string;
  /** Params: error (as JSON text), time, key. */
  markError: string;
  /** The DfE already holds this content. Params: the earlier receipt, payload as read, key. */
  markHeld: string;
  /** Params: schema name (or null for the default schema), table name. */
  selectColumns: string;
  /** Param: the table name as written in SQL. */
  permissions: string;
  /** Reads one row, to prove SELECT works. */
  readOneRow: string;
}

export function stagingSql(dialect: SqlDialect, table: TableName): StagingSql {
  const t = dialect.table(table);
  const p = (position: number) => dialect.param(position);
  const isLiveAndSendable = `LOWER(submission_status) IN ('pending', 'error') AND (row_state IS NULL OR LOWER(row_state) <> 'deleted') AND ${dialect.notBlank('json_payload')}`;
  // Deleted rows keep their status when the LA's SQL soft-deletes them, so "the DfE still holds it"
  // (a previous payload) also selects them.
  const isDeletionToSend = `LOWER(row_state) = 'deleted' AND (LOWER(submission_status) IN ('pending', 'error') OR previous_json_payload IS NOT NULL)`;
  const same = dialect.sameText(dialect.text('json_payload'), p(3));
  return {
    selectRowsToSend: `SELECT person_id, ${dialect.text('json_payload')} AS json_payload, ${dialect.text('previous_json_payload')} AS previous_json_payload, row_state, submission_status, api_response
FROM ${t}
WHERE (${isLiveAndSendable})
   OR (${isDeletionToSend})
ORDER BY person_id`,
    countHeld: `SELECT COUNT(*) AS held FROM ${t} WHERE previous_json_payload IS NOT NULL`,
    // If the LA's SQL rebuilt the row while it was being sent, the new content stays pending.
    markSent: `UPDATE ${t} SET
  submission_status = CASE WHEN ${same} THEN 'sent' ELSE 'pending' END,
  row_state = CASE WHEN ${same} THEN 'unchanged' ELSE row_state END,
  previous_hash = CASE WHEN ${same} THEN current_hash ELSE NULL END,
  previous_json_payload = ${p(4)},
  api_response = ${p(1)},
  submission_timestamp = ${p(2)}
WHERE person_id = ${p(5)}`,
    markDeleted: `UPDATE ${t} SET
  submission_status = 'sent',
  previous_json_payload = NULL,
  previous_hash = NULL,
  api_response = ${p(1)},
  submission_timestamp = ${p(2)}
WHERE person_id = ${p(3)} AND LOWER(row_state) = 'deleted'`,
    markError: `UPDATE ${t} SET
  submission_status = 'error',
  api_response = ${p(1)},
  submission_timestamp = ${p(2)}
WHERE person_id = ${p(3)}`,
    markHeld: `UPDATE ${t} SET
  submission_status = 'sent',
  row_state = 'unchanged',
  api_response = ${p(1)}
WHERE person_id = ${p(3)} AND ${dialect.sameText(dialect.text('json_payload'), p(2))}`,
    // Upper case, as SQL Server needs in a database with a case-sensitive collation.
    selectColumns: `SELECT COLUMN_NAME AS column_name, DATA_TYPE AS data_type
FROM INFORMATION_SCHEMA.COLUMNS
WHERE TABLE_SCHEMA = COALESCE(${p(1)}, ${dialect.defaultSchema}) AND TABLE_NAME = ${p(2)}`,
    permissions: dialect.permissionsSql,
    readOneRow: dialect.firstRow('person_id', t),
  };
}

/** The name the run lock is taken under: one lock per table, so the live table and its _anon twin do not block each other. */
export function lockResource(table: TableName): string {
  return `csc-api:${table.schema === null ? '' : `${table.schema}.`}${table.name}`.toLowerCase();
}
