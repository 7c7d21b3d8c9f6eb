// The SQL for both databases, as text: SQL Server cannot run here, so its dialect is checked by what
// it generates; PostgreSQL's is also run for real in test/database.
import { describe, expect, it } from 'vitest';
import { hash32, postgresDialect, sqlServerDialect, type TableName } from './sql-dialect.ts';
import { lockResource, stagingSql } from './staging-sql.ts';

const staging: TableName = { schema: 'dbo', name: 'ssd_api_data_staging' };

/** A statement's placeholders, in order of first use. */
function placeholders(sql: string, pattern: RegExp): string[] {
  return [...new Set(sql.match(pattern) ?? [])];
}

describe('the SQL Server dialect', () => {
  const sql = stagingSql(sqlServerDialect, staging);

  it('quotes names with brackets, doubling a closing bracket', () => {
    expect(sqlServerDialect.table(staging)).toBe('[dbo].[ssd_api_data_staging]');
    expect(sqlServerDialect.quote('odd]name')).toBe('[odd]]name]');
    expect(sqlServerDialect.table({ schema: null, name: 'ssd_api_data_staging_anon' })).toBe(
      '[ssd_api_data_staging_anon]',
    );
  });

  it('uses @p1, @p2 … placeholders and never PostgreSQL ones', () => {
    for (const statement of Object.values(sql)) expect(statement).not.toMatch(/\$\d/);
    expect(placeholders(sql.markSent, /@p\d/g).sort()).toEqual(['@p1', '@p2', '@p3', '@p4', '@p5']);
    expect(placeholders(sql.markError, /@p\d/g).sort()).toEqual(['@p1', '@p2', '@p3']);
  });

  it('selects pending and error rows with a payload, and deleted rows the DfE may still hold', () => {
    expect(
      sql.selectRowsToSend,
    ).toBe(`SELECT person_id, json_payload AS json_payload, previous_json_payload AS previous_json_payload, row_state, submission_status, api_response
FROM [dbo].[ssd_api_data_staging]
WHERE (LOWER(submission_status) IN ('pending', 'error') AND (row_state IS NULL OR LOWER(row_state) <> 'deleted') AND json_payload <> N'')
   OR (LOWER(row_state) = 'deleted' AND (LOWER(submission_status) IN ('pending', 'error') OR previous_json_payload IS NOT NULL))
ORDER BY person_id`);
  });

  it('marks a row sent only when its payload is still what was sent, comparing case-sensitively', () => {
    expect(sql.markSent).toBe(`UPDATE [dbo].[ssd_api_data_staging] SET
  submission_status = CASE WHEN json_payload COLLATE Latin1_General_BIN2 = @p3 THEN 'sent' ELSE 'pending' END,
  row_state = CASE WHEN json_payload COLLATE Latin1_General_BIN2 = @p3 THEN 'unchanged' ELSE row_state END,
  previous_hash = CASE WHEN json_payload COLLATE Latin1_General_BIN2 = @p3 THEN current_hash ELSE NULL END,
  previous_json_payload = @p4,
  api_response = @p1,
  submission_timestamp = @p2
WHERE person_id = @p5`);
    expect(sql.markDeleted).toContain("WHERE person_id = @p3 AND LOWER(row_state) = 'deleted'");
    expect(sql.markHeld).toContain('AND json_payload COLLATE Latin1_General_BIN2 = @p2');
  });

  it('uses TOP, HAS_PERMS_BY_NAME and SCHEMA_NAME where PostgreSQL differs', () => {
    expect(sql.readOneRow).toBe('SELECT TOP (1) person_id FROM [dbo].[ssd_api_data_staging]');
    expect(sql.permissions).toBe(
      "SELECT HAS_PERMS_BY_NAME(@p1, 'OBJECT', 'SELECT') AS can_select, HAS_PERMS_BY_NAME(@p1, 'OBJECT', 'UPDATE') AS can_update",
    );
    expect(sql.selectColumns).toContain('COALESCE(@p1, SCHEMA_NAME())');
    expect(sql.selectColumns).toContain('FROM INFORMATION_SCHEMA.COLUMNS');
  });

  it('takes a session-owned application lock without waiting, and releases it', () => {
    expect(sqlServerDialect.lockSql).toBe(`DECLARE @result int;
EXEC @result = sp_getapplock @Resource = @p1, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0;
SELECT CASE WHEN @result >= 0 THEN 1 ELSE 0 END AS locked;`);
    expect(sqlServerDialect.unlockSql).toContain(
      "EXEC sp_releaseapplock @Resource = @p1, @LockOwner = 'Session';",
    );
    expect(sqlServerDialect.lockParams(lockResource(staging))).toEqual(['csc-api:dbo.ssd_api_data_staging']);
  });

  it('upserts by updating first and inserting when no row matched', () => {
    const upsert = sqlServerDialect.upsertRowSql(staging);
    expect(upsert).not.toContain('ON CONFLICT');
    expect(upsert.indexOf('UPDATE [dbo].[ssd_api_data_staging]')).toBeLessThan(
      upsert.indexOf('IF NOT EXISTS (SELECT 1 FROM [dbo].[ssd_api_data_staging] WHERE person_id = @p1)'),
    );
    expect(upsert).toContain("VALUES (@p1, @p2, @p3, N'new', N'pending', SYSUTCDATETIME());");
  });

  it('creates the table only when it does not exist, with Unicode text columns', () => {
    const ddl = sqlServerDialect.createTableSql(staging);
    expect(
      ddl.startsWith(
        "IF OBJECT_ID(N'dbo.ssd_api_data_staging', N'U') IS NULL\nCREATE TABLE [dbo].[ssd_api_data_staging] (",
      ),
    ).toBe(true);
    expect(ddl).toContain('json_payload nvarchar(max) NULL');
    expect(ddl).toContain('current_hash varbinary(32) NULL');
  });
});

describe('the PostgreSQL dialect', () => {
  const sql = stagingSql(postgresDialect, staging);

  it('uses $1, $2 … placeholders, double-quoted names, text casts and LIMIT', () => {
    for (const statement of Object.values(sql)) expect(statement).not.toMatch(/@p\d/);
    expect(postgresDialect.table(staging)).toBe('"dbo"."ssd_api_data_staging"');
    expect(postgresDialect.quote('odd"name')).toBe('"odd""name"');
    expect(sql.readOneRow).toBe('SELECT person_id FROM "dbo"."ssd_api_data_staging" LIMIT 1');
    expect(sql.markSent).toContain(
      "CASE WHEN json_payload::text = CAST($3 AS text) THEN 'sent' ELSE 'pending' END",
    );
    expect(postgresDialect.upsertRowSql(staging)).toContain('ON CONFLICT (person_id) DO UPDATE SET');
  });

  it('locks with an advisory lock keyed by the table, so the live table and its twin do not block each other', () => {
    const live = postgresDialect.lockParams(lockResource(staging));
    const twin = postgresDialect.lockParams(lockResource({ ...staging, name: 'ssd_api_data_staging_anon' }));
    expect(live[0]).toBe(twin[0]);
    expect(live[1]).not.toBe(twin[1]);
    for (const key of [...live, ...twin])
      expect(Number.isInteger(key) && Math.abs(key as number) < 2 ** 31).toBe(true);
    // The key must not change between versions, or an old and a new csc-api could run at once.
    expect(hash32('csc-api:dbo.ssd_api_data_staging')).toBe(live[1]);
    expect(hash32('')).toBe(-2128831035);
  });
});
