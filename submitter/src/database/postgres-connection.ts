// A session with PostgreSQL through `pg` (pure JavaScript). Runs in Node.
import pg from 'pg';
import { DatabaseError } from '../errors.ts';
import type { DatabaseConnection, SqlValue } from './database-connection.ts';
import { type DatabaseSettings, describeDatabase } from './database-settings.ts';
import { SessionWatch } from './session-watch.ts';
import { postgresDialect } from './sql-dialect.ts';

/** SQLSTATEs with which the server ends a session: an administrator's command, a crash, a shutdown. */
const sessionEndingCodes = new Set(['57P01', '57P02', '57P03']);

export async function openPostgres(settings: DatabaseSettings): Promise<DatabaseConnection> {
  const description = describeDatabase(settings);
  const client = new pg.Client({
    host: settings.host,
    port: settings.port ?? 5432,
    database: settings.database ?? undefined,
    user: settings.user ?? undefined,
    password: settings.password ?? undefined,
    ssl: settings.encrypt ? { rejectUnauthorized: !settings.trustServerCertificate } : false,
    connectionTimeoutMillis: settings.timeoutMs,
    statement_timeout: settings.timeoutMs,
    application_name: 'csc-api',
  });
  // A pg.Client is one session and never reconnects; the watch turns its end into a clear stop.
  const watch = new SessionWatch(description);
  watch.follow(client);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw explainPostgresError(error, description);
  }
  const run = (sql: string, params: readonly SqlValue[] = []) =>
    watch.run(
      () => client.query(sql, params as unknown[]),
      sessionEndingCodes,
      (error) => explainPostgresError(error, description),
    );
  return {
    dialect: postgresDialect,
    description,
    async query(sql, params) {
      return (await run(sql, params)).rows as Record<string, unknown>[];
    },
    async execute(sql, params) {
      return (await run(sql, params)).rowCount ?? 0;
    },
    async transaction(work) {
      await run('BEGIN');
      try {
        const result = await work();
        await run('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    async close() {
      watch.closing();
      await client.end().catch(() => {});
    },
  };
}

/** Turns driver errors into messages that say what to check. */
export function explainPostgresError(error: unknown, description: string): DatabaseError {
  const code = (error as { code?: string }).code ?? null;
  const message = error instanceof Error ? error.message : String(error);
  const hints: Record<string, string> = {
    ECONNREFUSED:
      'nothing is listening there. Check CSC_DB_HOST and CSC_DB_PORT, and that PostgreSQL is running.',
    ENOTFOUND: 'the host name could not be looked up. Check CSC_DB_HOST.',
    ETIMEDOUT:
      'the connection timed out. Check the host, the port and any firewall between here and the database.',
    '28P01': 'the user name or password was not accepted. Check CSC_DB_USER and CSC_DB_PASSWORD.',
    '28000': 'the server refused this login (pg_hba.conf). Ask the database administrator to allow it.',
    '3D000': 'that database does not exist. Check CSC_DB_NAME.',
    '42P01':
      'the table does not exist. Check CSC_DB_TABLE (names are case-sensitive in PostgreSQL), or create it with csc-api init-db.',
    '42703': 'a column is missing from the table. Run csc-api doctor to list the columns it needs.',
    '42501':
      'permission was refused. The login needs SELECT and UPDATE on the staging table; see the PostgreSQL page of the documentation.',
    '57014': 'the statement took longer than CSC_DB_TIMEOUT allows.',
  };
  const hint = code !== null ? hints[code] : undefined;
  const timedOut = hint === undefined && /timeout/i.test(message);
  // SQLSTATE classes 28 (login), 3D (database) and 42 (names, grants) are fixed by settings or grants.
  const fixable = code !== null && /^(28|3D|42)/.test(code);
  return new DatabaseError(
    `${description}: ${message}${hint ? `; ${hint}` : timedOut ? `; ${hints.ETIMEDOUT}` : ''}`,
    code,
    fixable,
  );
}
