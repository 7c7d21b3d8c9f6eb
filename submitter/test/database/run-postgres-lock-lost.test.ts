// `csc-api run --source postgres` whose database session is ended by the server part way through
// (pg_terminate_backend, as a DBA or a failover would): the session's advisory lock goes with it, so
// another run could now read the same rows. The run stops before sending another batch, says why,
// and the next run finishes the job without sending anything twice.
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/database/postgres-connection.ts';
import { hash32, type TableName } from '../../src/database/sql-dialect.ts';
import { lockResource } from '../../src/database/staging-sql.ts';
import { StagingTable } from '../../src/database/staging-table.ts';
import { expectInvariant } from '../helpers/harness.ts';
import { makeChildren } from '../helpers/make-children.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { sender, useHarnessWithTable, usePostgres } from './database-harness.ts';

const server = usePostgres();

describe('a database run whose session is ended by the server', () => {
  const current = useHarnessWithTable(server);

  it('stops before the next batch, saying the lock was lost, and the next run sends the rest once', async () => {
    const { harness, table } = current();
    const records = makeChildren(60);
    const ids = records.map((record) => record.la_child_id as string);
    await table.load(records);
    harness.mock.standing.latencyMs = 400;

    const running = harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    await waitFor(() => harness.mock.received.length >= 20, 20_000);
    const terminated = await table.sql(
      "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE usename = $1 AND application_name = 'csc-api'",
      [sender.user],
    );
    expect(terminated.rows).toEqual([{ ended: true }]);
    const storedAtTermination = harness.mock.received.length;
    const result = await running;

    expect(result.code, result.stdout).toBe(3);
    const summary = JSON.parse(result.stdout) as { stopped: string };
    expect(summary.stopped).toMatch(/database session ended.*no longer holds the lock on the staging table/);
    // At most the batch already on its way when the session ended was sent after it.
    expect(harness.mock.received.length).toBeLessThanOrEqual(storedAtTermination + 10);
    expect(harness.mock.received.length).toBeLessThan(60);

    harness.mock.standing.latencyMs = 0;
    const rerun = await harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const counts = harness.mock.receivedCounts();
    expect(counts.size).toBe(60);
    for (const [id, count] of counts) expect(count, `${id} stored`).toBe(1);
    for (const [id, row] of await table.rows()) expect(row.submission_status, id).toBe('sent');
    expectInvariant(harness, ids);
  }, 90_000);
});

describe('StagingTable.checkLock on PostgreSQL', () => {
  it('finds the session’s own advisory lock whatever the sign of its key, and fails once it is released', async () => {
    const { admin } = server();
    const connection = await openPostgres({
      kind: 'postgres',
      table: { schema: null, name: 'ssd_api_data_staging' },
      host: admin.host,
      port: admin.port,
      instance: null,
      database: admin.database,
      user: admin.user,
      password: admin.password,
      auth: 'password',
      domain: null,
      encrypt: false,
      trustServerCertificate: false,
      timeoutMs: 10_000,
    });
    try {
      const names = Array.from({ length: 20 }, (_, index): TableName => ({ schema: 's', name: `t${index}` }));
      const negative = names.find((name) => hash32(lockResource(name)) < 0) as TableName;
      const positive = names.find((name) => hash32(lockResource(name)) > 0) as TableName;
      for (const name of [negative, positive]) {
        const staging = new StagingTable(connection, name);
        expect(await staging.tryLock()).toBe(true);
        await staging.checkLock();
        await staging.unlock();
        await expect(staging.checkLock()).rejects.toThrow(/no longer holds the lock on s\.t\d+/);
      }
    } finally {
      await connection.close();
    }
  });
});
