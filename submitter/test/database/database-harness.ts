// Per-test staging tables in the throwaway PostgreSQL: each test gets its own schema, a table made
// by the same SQL as `csc-api init-db`, and a login with only SELECT and UPDATE on it, which is what
// csc-api runs as. Runs in Node under Vitest.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { DatabaseConnection } from '../../src/database/database-connection.ts';
import type { DatabaseSettings } from '../../src/database/database-settings.ts';
import { loadSampleRows } from '../../src/database/load-sample-rows.ts';
import { openPostgres } from '../../src/database/postgres-connection.ts';
import { postgresDialect, type TableName } from '../../src/database/sql-dialect.ts';
import { expectNoSecrets, type Harness, startHarness } from '../helpers/harness.ts';
import { startPostgres, type TestPostgres } from './start-postgres.ts';

export const sender = { user: 'csc_sender', password: 'Sender-Pa55;word/with=odd&chars' };

export interface StagingRowView {
  person_id: string;
  json_payload: string | null;
  previous_json_payload: string | null;
  row_state: string;
  submission_status: string;
  api_response: string | null;
  submission_timestamp: Date | null;
  current_hash: string | null;
  previous_hash: string | null;
}

export interface TestTable {
  table: TableName;
  /** `schema.table`, for CSC_DB_TABLE. */
  name: string;
  /** Settings for csc-api: the SELECT-and-UPDATE login. */
  env: Record<string, string>;
  load(records: readonly Record<string, unknown>[]): Promise<void>;
  rows(): Promise<Map<string, StagingRowView>>;
  sql(text: string, params?: unknown[]): Promise<pg.QueryResult>;
  /** Grants the sending login its privileges (for tables made by `csc-api init-db`). */
  grant(privileges?: string[]): Promise<void>;
  close(): Promise<void>;
}

/** Creates the sending login once per server. */
export async function createSender(server: TestPostgres): Promise<void> {
  const client = await server.connect();
  try {
    await client.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${sender.user}') THEN
           CREATE ROLE ${sender.user} LOGIN PASSWORD '${sender.password}';
         END IF;
       END $$`,
    );
  } finally {
    await client.end();
  }
}

/**
 * Starts one throwaway PostgreSQL with the sending login for the test file and stops it afterwards.
 * Call at the top of a test file; the returned function gives the server once it has started.
 */
export function usePostgres(): () => TestPostgres {
  let server: TestPostgres | null = null;
  beforeAll(async () => {
    server = await startPostgres();
    await createSender(server);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (server === null) throw new Error('usePostgres: the server has not started');
    return server;
  };
}

export async function createTestTable(
  server: TestPostgres,
  options: { create?: boolean; grant?: string[] } = {},
): Promise<TestTable> {
  const schema = `t_${randomBytes(5).toString('hex')}`;
  const table: TableName = { schema, name: 'ssd_api_data_staging' };
  const name = `${schema}.ssd_api_data_staging`;
  const client = await server.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${sender.user}`);
  const grant = async (privileges = options.grant ?? ['SELECT', 'UPDATE']) => {
    if (privileges.length > 0)
      await client.query(`GRANT ${privileges.join(', ')} ON ${name} TO ${sender.user}`);
  };
  if (options.create !== false) {
    await client.query(postgresDialect.createTableSql(table));
    await grant();
  }
  const adminSettings: DatabaseSettings = {
    kind: 'postgres',
    table,
    host: server.admin.host,
    port: server.admin.port,
    instance: null,
    database: server.admin.database,
    user: server.admin.user,
    password: server.admin.password,
    auth: 'password',
    domain: null,
    encrypt: false,
    trustServerCertificate: false,
    timeoutMs: 10_000,
  };
  let loader: DatabaseConnection | null = null;
  return {
    table,
    name,
    env: {
      CSC_SOURCE: 'postgres',
      CSC_DB_HOST: server.admin.host,
      CSC_DB_PORT: String(server.admin.port),
      CSC_DB_NAME: server.admin.database,
      CSC_DB_USER: sender.user,
      CSC_DB_PASSWORD: sender.password,
      CSC_DB_TABLE: name,
    },
    async load(records) {
      loader ??= await openPostgres(adminSettings);
      await loadSampleRows(loader, table, records);
    },
    async rows() {
      const result = await client.query(
        `SELECT person_id, json_payload, previous_json_payload, row_state, submission_status, api_response,
                submission_timestamp, encode(current_hash, 'hex') AS current_hash, encode(previous_hash, 'hex') AS previous_hash
         FROM ${name} ORDER BY person_id`,
      );
      return new Map((result.rows as StagingRowView[]).map((row) => [row.person_id, row]));
    },
    sql: (text, params) => client.query(text, params),
    grant,
    async close() {
      await loader?.close();
      await client.end();
    },
  };
}

/**
 * Gives each test a fresh harness and staging table; afterwards searches the harness for secrets (the
 * sending login's password too) and closes both. Call in a describe block, after usePostgres().
 */
export function useHarnessWithTable(
  server: () => TestPostgres,
): () => { harness: Harness; table: TestTable } {
  let current: { harness: Harness; table: TestTable } | null = null;
  beforeEach(async () => {
    current = { harness: await startHarness(), table: await createTestTable(server()) };
  });
  afterEach(async () => {
    if (current === null) return;
    const { harness, table } = current;
    current = null;
    expectNoSecrets(harness, [sender.password, encodeURIComponent(sender.password)]);
    await table.close();
    await harness.close();
  });
  return () => {
    if (current === null) throw new Error('useHarnessWithTable: these exist only while a test runs');
    return current;
  };
}
