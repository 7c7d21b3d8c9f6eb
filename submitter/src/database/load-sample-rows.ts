// Loads child records into a staging table as the LA's own SQL would (new rows pending; changed rows
// pending and updated), with current_hash a SHA-256 of the payload. For local testing and the tests:
// the nightly run never inserts. Runs in Node.
import { createHash } from 'node:crypto';
import type { DatabaseConnection } from './database-connection.ts';
import type { TableName } from './sql-dialect.ts';

export async function loadSampleRows(
  connection: DatabaseConnection,
  table: TableName,
  records: readonly Record<string, unknown>[],
): Promise<number> {
  const sql = connection.dialect.upsertRowSql(table);
  let loaded = 0;
  for (const record of records) {
    const json = JSON.stringify(record);
    const hash = createHash('sha256').update(json).digest();
    await connection.execute(sql, [String(record.la_child_id), json, hash]);
    loaded += 1;
  }
  return loaded;
}
