// The doctor's database checks: can we connect (what D2I calls test-db-connection), does the table
// have the columns csc-api needs (test-schema), may this login SELECT and UPDATE it, and is the run
// lock free. Runs in Node.

import { DatabaseError } from '../errors.ts';
import type { DatabaseSettings } from './database-settings.ts';
import { openDatabase } from './open-database.ts';
import { otherKnownColumns, requiredColumns } from './staging-sql.ts';
import { StagingTable } from './staging-table.ts';

export interface DatabaseCheck {
  ok: boolean;
  detail: string;
}

export async function checkDatabase(
  settings: DatabaseSettings,
  open = openDatabase,
): Promise<DatabaseCheck[]> {
  const checks: DatabaseCheck[] = [];
  let connection: Awaited<ReturnType<typeof openDatabase>>;
  try {
    connection = await open(settings);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    return [{ ok: false, detail: `could not connect: ${error.message}` }];
  }
  const table = new StagingTable(connection, settings.table);
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      checks.push({ ok: false, detail: error.message });
    }
  };
  try {
    await attempt(async () => {
      const rows = await connection.query(connection.dialect.versionSql);
      const version = String(rows[0]?.version ?? 'unknown version')
        .split('\n')[0]
        ?.trim();
      checks.push({ ok: true, detail: `connected to ${connection.description} (${version})` });
    });
    if (checks.some((check) => !check.ok)) return checks;
    await attempt(async () => {
      const columns = await table.columns();
      if (columns.length === 0) {
        checks.push({
          ok: false,
          detail: `there is no table ${table.name} that this login can see. Check CSC_DB_TABLE and CSC_DB_NAME, or create the table with csc-api init-db.`,
        });
        return;
      }
      const names = new Set(columns.map((column) => column.name));
      const missing = requiredColumns.filter((name) => !names.has(name));
      checks.push(
        missing.length === 0
          ? {
              ok: true,
              detail: `${table.name} has every column csc-api reads and writes (${requiredColumns.join(', ')})`,
            }
          : {
              ok: false,
              detail: `${table.name} is missing ${missing.join(', ')}. Compare it with the table definition in the csc-api documentation.`,
            },
      );
      const absent = otherKnownColumns.filter((name) => !names.has(name));
      if (absent.length > 0)
        checks.push({
          ok: true,
          detail: `${table.name} has no ${absent.join(' or ')}; csc-api does not use them`,
        });
    });
    await attempt(async () => {
      const permissions = await table.permissions();
      const lacking = [permissions.select ? null : 'SELECT', permissions.update ? null : 'UPDATE'].filter(
        (item) => item !== null,
      );
      checks.push(
        lacking.length === 0
          ? { ok: true, detail: `this login may SELECT and UPDATE ${table.name}` }
          : {
              ok: false,
              detail: `this login may not ${lacking.join(' or ')} ${table.name}. Ask the database administrator to grant SELECT and UPDATE on it (see the documentation).`,
            },
      );
    });
    await attempt(async () => {
      await table.readOneRow();
      if (await table.tryLock()) {
        await table.unlock();
        checks.push({
          ok: true,
          detail: 'no other csc-api run is sending from the table (the run lock is free)',
        });
      } else {
        checks.push({
          ok: true,
          detail: 'another csc-api run is sending from the table now (it holds the run lock)',
        });
      }
    });
    return checks;
  } finally {
    await connection.close();
  }
}
