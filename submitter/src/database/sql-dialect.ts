// What differs between PostgreSQL and SQL Server in the staging-table SQL: quoting, placeholders,
// text comparison, TOP vs LIMIT, permission checks, the run lock and the table definition.
// Everything else is shared (see staging-sql.ts). Runs anywhere: it only builds strings.

export type DatabaseKind = 'postgres' | 'sqlserver';

export interface TableName {
  /** Null means the connection's default schema (PostgreSQL: the search path; SQL Server: the user's default, usually dbo). */
  schema: string | null;
  name: string;
}

export interface SqlDialect {
  readonly kind: DatabaseKind;
  /** The product name for messages. */
  readonly label: string;
  quote(identifier: string): string;
  /** The placeholder for the nth parameter, counting from 1. */
  param(position: number): string;
  table(table: TableName): string;
  /** A column's value as text, exactly as stored, for reading and comparing JSON payloads. */
  text(column: string): string;
  /** True when a text expression equals a text parameter exactly: case, accents and spacing all count. */
  sameText(expression: string, param: string): string;
  /** True when a text column holds something other than blanks. */
  notBlank(column: string): string;
  /** A query returning at most one row. */
  firstRow(columns: string, from: string): string;
  /** One row with `version`: the server's product and version, for the support bundle. */
  readonly versionSql: string;
  /** The schema a table name without one resolves to. */
  readonly defaultSchema: string;
  /** One row with can_select and can_update for the current user on the table named by parameter 1. */
  readonly permissionsSql: string;
  /** One row with `locked` (true or 1) when this session now holds the run lock, false or 0 when another session does. */
  readonly lockSql: string;
  readonly unlockSql: string;
  /** One row with `held` (true or 1) when this session still holds the run lock. */
  readonly lockHeldSql: string;
  /** The parameters for lockSql, unlockSql and lockHeldSql. */
  lockParams(resource: string): (string | number)[];
  createTableSql(table: TableName): string;
  /**
   * Loads one child as the LA's SQL would (for local testing only; needs INSERT): a new row is
   * pending and new; a row whose hash changed, or that was deleted, becomes pending and updated.
   * Params: person_id, json_payload, current_hash.
   */
  upsertRowSql(table: TableName): string;
}

/** A namespace for PostgreSQL advisory locks, so ours do not collide with other applications' keys: "CSCA". */
const advisoryLockNamespace = 0x43534341;

export const postgresDialect: SqlDialect = {
  kind: 'postgres',
  label: 'PostgreSQL',
  quote: (identifier) => `"${identifier.replaceAll('"', '""')}"`,
  param: (position) => `$${position}`,
  table(table) {
    return table.schema === null
      ? this.quote(table.name)
      : `${this.quote(table.schema)}.${this.quote(table.name)}`;
  },
  text: (column) => `${column}::text`,
  sameText: (expression, param) => `${expression} = CAST(${param} AS text)`,
  notBlank: (column) => `btrim(${column}::text) <> ''`,
  firstRow: (columns, from) => `SELECT ${columns} FROM ${from} LIMIT 1`,
  versionSql: 'SELECT version() AS version',
  defaultSchema: 'current_schema()',
  permissionsSql:
    // "Any column" so that UPDATE granted only on the columns csc-api writes also counts.
    "SELECT has_table_privilege(CAST($1 AS text), 'SELECT') AS can_select, has_any_column_privilege(CAST($1 AS text), 'UPDATE') AS can_update",
  lockSql: 'SELECT pg_try_advisory_lock($1, $2) AS locked',
  unlockSql: 'SELECT pg_advisory_unlock($1, $2) AS unlocked',
  // A two-key advisory lock shows in pg_locks with its keys as classid and objid, and objsubid 2.
  lockHeldSql: `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
  AND classid = CAST(CAST($1 AS int) AS oid) AND objid = CAST(CAST($2 AS int) AS oid) AND objsubid = 2) AS held`,
  lockParams: (resource) => [advisoryLockNamespace, hash32(resource)],
  upsertRowSql(table) {
    return `INSERT INTO ${this.table(table)} AS target (person_id, json_payload, current_hash, row_state, submission_status, last_updated)
VALUES ($1, $2, $3, 'new', 'pending', now())
ON CONFLICT (person_id) DO UPDATE SET
  json_payload = EXCLUDED.json_payload,
  current_hash = EXCLUDED.current_hash,
  row_state = 'updated',
  submission_status = 'pending',
  last_updated = now()
WHERE target.current_hash IS DISTINCT FROM EXCLUDED.current_hash OR LOWER(target.row_state) = 'deleted'`;
  },
  createTableSql(table) {
    const name = this.table(table);
    return `CREATE TABLE IF NOT EXISTS ${name} (
  person_id varchar(48) NOT NULL PRIMARY KEY,
  previous_json_payload text NULL,
  json_payload text NULL,
  partial_json_payload text NULL,
  previous_hash bytea NULL,
  current_hash bytea NULL,
  row_state varchar(10) NOT NULL DEFAULT 'new',
  last_updated timestamptz NOT NULL DEFAULT now(),
  submission_status varchar(20) NOT NULL DEFAULT 'pending',
  api_response text NULL,
  submission_timestamp timestamptz NULL
);`;
  },
};

export const sqlServerDialect: SqlDialect = {
  kind: 'sqlserver',
  label: 'SQL Server',
  quote: (identifier) => `[${identifier.replaceAll(']', ']]')}]`,
  param: (position) => `@p${position}`,
  table(table) {
    return table.schema === null
      ? this.quote(table.name)
      : `${this.quote(table.schema)}.${this.quote(table.name)}`;
  },
  text: (column) => column,
  // A binary collation, because the database's default collation usually ignores case.
  sameText: (expression, param) => `${expression} COLLATE Latin1_General_BIN2 = ${param}`,
  // SQL Server ignores trailing spaces when comparing, so blanks equal ''.
  notBlank: (column) => `${column} <> N''`,
  firstRow: (columns, from) => `SELECT TOP (1) ${columns} FROM ${from}`,
  versionSql: 'SELECT @@VERSION AS version',
  defaultSchema: 'SCHEMA_NAME()',
  permissionsSql:
    "SELECT HAS_PERMS_BY_NAME(@p1, 'OBJECT', 'SELECT') AS can_select, HAS_PERMS_BY_NAME(@p1, 'OBJECT', 'UPDATE') AS can_update",
  // A session-owned application lock: released by sp_releaseapplock or when the connection ends.
  lockSql: `DECLARE @result int;
EXEC @result = sp_getapplock @Resource = @p1, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0;
SELECT CASE WHEN @result >= 0 THEN 1 ELSE 0 END AS locked;`,
  unlockSql: `EXEC sp_releaseapplock @Resource = @p1, @LockOwner = 'Session';
SELECT 1 AS unlocked;`,
  // sp_getapplock's default principal is public.
  lockHeldSql: `SELECT CASE WHEN APPLOCK_MODE('public', @p1, 'Session') = 'Exclusive' THEN 1 ELSE 0 END AS held;`,
  lockParams: (resource) => [resource],
  // SQL Server has no INSERT ... ON CONFLICT; MERGE has known pitfalls, so update first and insert if nothing matched.
  upsertRowSql(table) {
    const name = this.table(table);
    return `UPDATE ${name} SET
  json_payload = @p2,
  current_hash = @p3,
  row_state = N'updated',
  submission_status = N'pending',
  last_updated = SYSUTCDATETIME()
WHERE person_id = @p1 AND (current_hash IS NULL OR current_hash <> @p3 OR LOWER(row_state) = N'deleted');
IF NOT EXISTS (SELECT 1 FROM ${name} WHERE person_id = @p1)
  INSERT INTO ${name} (person_id, json_payload, current_hash, row_state, submission_status, last_updated)
  VALUES (@p1, @p2, @p3, N'new', N'pending', SYSUTCDATETIME());`;
  },
  createTableSql(table) {
    const name = this.table(table);
    const objectName = table.schema === null ? table.name : `${table.schema}.${table.name}`;
    return `IF OBJECT_ID(N'${objectName.replaceAll("'", "''")}', N'U') IS NULL
CREATE TABLE ${name} (
  person_id nvarchar(48) NOT NULL PRIMARY KEY,
  previous_json_payload nvarchar(max) NULL,
  json_payload nvarchar(max) NULL,
  partial_json_payload nvarchar(max) NULL,
  previous_hash varbinary(32) NULL,
  current_hash varbinary(32) NULL,
  row_state nvarchar(10) NOT NULL DEFAULT N'new',
  last_updated datetime2 NOT NULL DEFAULT SYSUTCDATETIME(),
  submission_status nvarchar(20) NOT NULL DEFAULT N'pending',
  api_response nvarchar(max) NULL,
  submission_timestamp datetime2 NULL
);`;
  },
};

export function dialectFor(kind: DatabaseKind): SqlDialect {
  return kind === 'postgres' ? postgresDialect : sqlServerDialect;
}

/** FNV-1a, as a signed 32-bit integer: a stable advisory-lock key for a table name. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
