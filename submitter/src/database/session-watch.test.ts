// SQL Server cannot run here, so its side of the lock-loss logic is checked with fake connections: an
// EventEmitter standing in for tedious's Connection, and a fake session answering the lock query.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { DatabaseConnection, SqlValue } from './database-connection.ts';
import type { DatabaseSettings } from './database-settings.ts';
import { SessionWatch } from './session-watch.ts';
import { sqlServerDialect } from './sql-dialect.ts';
import { sqlServerConfig } from './sql-server-connection.ts';
import { StagingTable } from './staging-table.ts';

const settings: DatabaseSettings = {
  kind: 'sqlserver',
  table: { schema: 'dbo', name: 'ssd_api_data_staging' },
  host: 'sql01',
  port: null,
  instance: null,
  database: 'ssd',
  user: 'csc_api',
  password: 'sql-pass',
  auth: 'password',
  domain: null,
  encrypt: true,
  trustServerCertificate: false,
  timeoutMs: 10_000,
};

/** A session whose lock query answers `held`, recording what it was asked. */
function fakeSession(held: number): { connection: DatabaseConnection; asked: [string, SqlValue[]][] } {
  const asked: [string, SqlValue[]][] = [];
  const connection: DatabaseConnection = {
    dialect: sqlServerDialect,
    description: 'SQL Server sql01, database ssd',
    async query(sql, params = []) {
      asked.push([sql, [...params]]);
      return [{ held }];
    },
    execute: async () => 0,
    transaction: (work) => work(),
    close: async () => {},
  };
  return { connection, asked };
}

describe('SQL Server session watch', () => {
  it('follows every connection the pool opens, and stops statements once one has ended', () => {
    const watch = new SessionWatch('SQL Server sql01, database ssd, table dbo.ssd_api_data_staging');
    const first = new EventEmitter();
    sqlServerConfig(settings, watch).beforeConnect?.(first as never);
    watch.check();

    first.emit('end');
    // The pool would now open a new connection: statements on it would run without the lock.
    sqlServerConfig(settings, watch).beforeConnect?.(new EventEmitter() as never);
    expect(() => watch.check()).toThrow(
      /database session ended \(the connection closed\), so this run no longer holds the lock on the staging table/,
    );
  });

  it('takes a socket error for the end of the session', () => {
    const watch = new SessionWatch('SQL Server sql01');
    const connection = new EventEmitter();
    watch.follow(connection);
    connection.emit('error', Object.assign(new Error('read ECONNRESET'), { code: 'ESOCKET' }));
    expect(() => watch.check()).toThrow(/session ended \(read ECONNRESET\)/);
  });

  it('runs statements until one fails with a session-ending code, and explains other failures', async () => {
    const watch = new SessionWatch('SQL Server sql01');
    const endingCodes = new Set(['ECLOSE']);
    const explain = (error: unknown) => new Error(`explained: ${(error as Error).message}`);
    const fail = (message: string, code: string) => () =>
      Promise.reject(Object.assign(new Error(message), { code }));
    expect(await watch.run(async () => 42, endingCodes, explain)).toBe(42);
    await expect(watch.run(fail('syntax', 'EREQUEST'), endingCodes, explain)).rejects.toThrow(
      'explained: syntax',
    );
    await expect(watch.run(fail('closed', 'ECLOSE'), endingCodes, explain)).rejects.toThrow(
      /session ended \(closed\)/,
    );
    let ran = false;
    const statement = async () => {
      ran = true;
    };
    await expect(watch.run(statement, endingCodes, explain)).rejects.toThrow(/session ended/);
    expect(ran).toBe(false);
  });

  it('does not take csc-api closing the session itself for a loss', () => {
    const watch = new SessionWatch('SQL Server sql01');
    const connection = new EventEmitter();
    watch.follow(connection);
    watch.closing();
    connection.emit('end');
    watch.check();
  });
});

describe('StagingTable.checkLock on SQL Server', () => {
  it('asks APPLOCK_MODE for this session’s lock on the table, and stops the run when it is not held', async () => {
    const held = fakeSession(1);
    await new StagingTable(held.connection, settings.table).checkLock();
    expect(held.asked).toEqual([
      [
        expect.stringContaining("APPLOCK_MODE('public', @p1, 'Session')"),
        ['csc-api:dbo.ssd_api_data_staging'],
      ],
    ]);

    const lost = fakeSession(0);
    await expect(new StagingTable(lost.connection, settings.table).checkLock()).rejects.toThrow(
      /no longer holds the lock on dbo\.ssd_api_data_staging/,
    );
  });
});
