// A session with SQL Server through `mssql` over tedious (pure JavaScript): SQL logins and Windows
// domain accounts by NTLM. Integrated authentication as the logged-in Windows account needs the
// native msnodesqlv8 driver, which is not included. Runs in Node.
import sql from 'mssql';
import { DatabaseError } from '../errors.ts';
import type { DatabaseConnection, SqlValue } from './database-connection.ts';
import { type DatabaseSettings, describeDatabase } from './database-settings.ts';
import { SessionWatch } from './session-watch.ts';
import { sqlServerDialect } from './sql-dialect.ts';

/** Driver error codes for a connection that has closed under a request. */
const sessionEndingCodes = new Set(['ECLOSE', 'ECONNCLOSED', 'ESOCKET']);

/**
 * The tedious configuration for the settings; separate so it can be checked without a server.
 * `watch` follows every connection the pool opens: the pool would replace a dropped connection
 * without a word, and the run lock does not come with the new one.
 */
export function sqlServerConfig(settings: DatabaseSettings, watch: SessionWatch): sql.config {
  const base: sql.config = {
    server: settings.host,
    database: settings.database ?? undefined,
    connectionTimeout: settings.timeoutMs,
    requestTimeout: settings.timeoutMs,
    // One connection for the whole run: the run lock belongs to the session that took it.
    pool: { min: 1, max: 1, idleTimeoutMillis: 2_147_483_647 },
    beforeConnect: (connection) => watch.follow(connection),
    options: {
      encrypt: settings.encrypt,
      trustServerCertificate: settings.trustServerCertificate,
      appName: 'csc-api',
      ...(settings.instance === null ? {} : { instanceName: settings.instance }),
    },
  };
  // With a named instance the SQL Browser service gives the port.
  if (settings.instance === null) base.port = settings.port ?? 1433;
  if (settings.auth === 'ntlm') {
    base.authentication = {
      type: 'ntlm',
      options: {
        domain: settings.domain ?? '',
        userName: settings.user ?? '',
        password: settings.password ?? '',
      },
    };
  } else {
    base.user = settings.user ?? undefined;
    base.password = settings.password ?? undefined;
  }
  return base;
}

export async function openSqlServer(settings: DatabaseSettings): Promise<DatabaseConnection> {
  const description = describeDatabase(settings);
  const watch = new SessionWatch(description);
  const pool = new sql.ConnectionPool(sqlServerConfig(settings, watch));
  pool.on('error', () => {});
  try {
    await pool.connect();
  } catch (error) {
    await pool.close().catch(() => {});
    throw explainSqlServerError(error, description);
  }
  let transaction: sql.Transaction | null = null;
  const run = (text: string, params: readonly SqlValue[] = []) =>
    watch.run(
      () => {
        const request = transaction === null ? pool.request() : new sql.Request(transaction);
        for (const [index, value] of params.entries()) request.input(`p${index + 1}`, sqlType(value), value);
        return request.query(text);
      },
      sessionEndingCodes,
      (error) => explainSqlServerError(error, description),
    );
  return {
    dialect: sqlServerDialect,
    description,
    async query(text, params) {
      return ((await run(text, params)).recordset ?? []) as Record<string, unknown>[];
    },
    async execute(text, params) {
      return (await run(text, params)).rowsAffected.reduce((sum, count) => sum + count, 0);
    },
    async transaction(work) {
      watch.check();
      const current = new sql.Transaction(pool);
      try {
        await current.begin();
      } catch (error) {
        throw explainSqlServerError(error, description);
      }
      transaction = current;
      try {
        const result = await work();
        await current.commit();
        return result;
      } catch (error) {
        await current.rollback().catch(() => {});
        throw error instanceof sql.MSSQLError ? explainSqlServerError(error, description) : error;
      } finally {
        transaction = null;
      }
    },
    async close() {
      watch.closing();
      await pool.close().catch(() => {});
    },
  };
}

/** Parameter types chosen from the value, so text is always Unicode and times keep their precision. */
export function sqlType(value: SqlValue): sql.ISqlType | (() => sql.ISqlType) {
  if (value instanceof Date) return sql.DateTime2(7);
  if (Buffer.isBuffer(value)) return sql.VarBinary(sql.MAX);
  if (typeof value === 'number') return Number.isInteger(value) ? sql.BigInt() : sql.Float();
  if (typeof value === 'boolean') return sql.Bit();
  return sql.NVarChar(sql.MAX);
}

export function explainSqlServerError(error: unknown, description: string): DatabaseError {
  const code = (error as { code?: string }).code ?? null;
  const number = (error as { number?: number }).number ?? null;
  const message = error instanceof Error ? error.message : String(error);
  const byNumber: Record<number, string> = {
    18456:
      'the login was refused. Check CSC_DB_USER and CSC_DB_PASSWORD (and CSC_DB_DOMAIN for a Windows account).',
    4060: 'that database does not exist or this login cannot open it. Check CSC_DB_NAME.',
    208: 'the table does not exist. Check CSC_DB_TABLE, or create it with csc-api init-db.',
    207: 'a column is missing from the table. Run csc-api doctor to list the columns it needs.',
    229: 'permission was refused. The login needs SELECT and UPDATE on the staging table; see the SQL Server page of the documentation.',
    230: 'permission was refused. The login needs SELECT and UPDATE on the staging table; see the SQL Server page of the documentation.',
  };
  const byCode: Record<string, string> = {
    ESOCKET:
      'the server could not be reached. Check CSC_DB_HOST, CSC_DB_PORT (or CSC_DB_INSTANCE), and any firewall.',
    ETIMEOUT: 'the connection or statement timed out. Check the server address, or raise CSC_DB_TIMEOUT.',
    EINSTLOOKUP:
      'the named instance could not be found. Check CSC_DB_INSTANCE and that the SQL Browser service runs.',
    ELOGIN:
      'the login was refused. Check CSC_DB_USER and CSC_DB_PASSWORD (and CSC_DB_DOMAIN for a Windows account).',
  };
  const hint = (number !== null ? byNumber[number] : undefined) ?? (code !== null ? byCode[code] : undefined);
  // A refused login, a missing database, table or column, or a missing grant is fixed by settings or grants.
  const fixable = code === 'ELOGIN' || (number !== null && number in byNumber);
  return new DatabaseError(
    `${description}: ${message}${hint ? `; ${hint}` : ''}`,
    code ?? (number === null ? null : String(number)),
    fixable,
  );
}
