import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../config/load-settings.ts';
import { UsageError } from '../errors.ts';
import { Redactor } from '../redact/redactor.ts';
import { describeDatabase, parseSqlServerConnectionString, parseTableName } from './database-settings.ts';
import { SessionWatch } from './session-watch.ts';
import { sqlServerConfig } from './sql-server-connection.ts';

const cwd = mkdtempSync(join(tmpdir(), 'csc-api-db-settings-'));

function load(
  kind: 'postgres' | 'sqlserver',
  env: Record<string, string>,
  flags: Record<string, string> = {},
) {
  const redactor = new Redactor();
  const sources = { flags: { source: kind, ...flags }, env, cwd, redactor };
  const { database } = loadSettings(sources, 'init-db', databaseNeeded);
  if (database === null) throw new Error('expected database settings');
  return { settings: database, redactor };
}

const databaseNeeded = { credentials: false, laCode: false, input: false, database: true };

function readSourceKind(sources: {
  flags: Record<string, string>;
  env: Record<string, string>;
  cwd: string;
}) {
  const tableOnly = { ...databaseNeeded, database: false };
  return loadSettings({ ...sources, redactor: new Redactor() }, 'init-db', tableOnly).source;
}

function problemOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a settings problem');
}

describe('choosing the source', () => {
  it('is files unless a database is named, by flag, environment or .env', () => {
    expect(readSourceKind({ flags: {}, env: {}, cwd })).toBe('file');
    expect(readSourceKind({ flags: { source: 'PostgreSQL' }, env: {}, cwd })).toBe('postgres');
    expect(readSourceKind({ flags: {}, env: { CSC_SOURCE: 'mssql' }, cwd })).toBe('sqlserver');
    const folder = mkdtempSync(join(tmpdir(), 'csc-api-db-env-'));
    writeFileSync(join(folder, '.env'), 'CSC_SOURCE=sqlserver\n');
    expect(readSourceKind({ flags: {}, env: {}, cwd: folder })).toBe('sqlserver');
    expect(() => readSourceKind({ flags: { source: 'oracle' }, env: {}, cwd })).toThrow(
      /must be "file", "postgres" or "sqlserver"; it is "oracle"/,
    );
  });
});

describe('PostgreSQL settings', () => {
  it('reads a URL, lets parts override it, and registers the password as a secret', () => {
    const { settings, redactor } = load('postgres', {
      CSC_DB_URL: 'postgres://csc_api:p%40ss-word@db.example.internal:6432/ssd?sslmode=verify-full',
      CSC_DB_TABLE: 'ssd.ssd_api_data_staging_anon',
      CSC_DB_PORT: '5433',
    });
    expect(settings).toMatchObject({
      host: 'db.example.internal',
      port: 5433,
      database: 'ssd',
      user: 'csc_api',
      password: 'p@ss-word',
      encrypt: true,
      trustServerCertificate: false,
      table: { schema: 'ssd', name: 'ssd_api_data_staging_anon' },
    });
    expect(redactor.redact('password p@ss-word here')).not.toContain('p@ss-word');
    expect(describeDatabase(settings)).toBe(
      'PostgreSQL db.example.internal:5433, database ssd, user csc_api, table ssd.ssd_api_data_staging_anon',
    );
  });

  it('refuses a password on the command line and lists every problem at once', () => {
    const message = problemOf(() =>
      load(
        'postgres',
        { CSC_DB_PORT: 'ninety' },
        { 'db-url': 'postgres://u:secret-pw@h/db', table: 'a.b.c' },
      ),
    );
    expect(message).toContain('The --db-url flag holds a password');
    expect(message).toContain('CSC_DB_PORT (--db-port) must be a port number');
    expect(message).toContain('CSC_DB_TABLE (--table) must be a table name');
  });

  it('asks for the database and user when they are missing', () => {
    const message = problemOf(() => load('postgres', {}));
    expect(message).toContain('The database name is not set');
    expect(message).toContain('The database user is not set');
  });
});

describe('SQL Server settings', () => {
  it('reads an ADO.NET connection string with a named instance and braces around a password', () => {
    expect(
      parseSqlServerConnectionString(
        'Server=tcp:sql01.council.local\\SSD,1544; Initial Catalog=HDM_Local;User ID=csc_api;Password={a;b=c};Encrypt=True;TrustServerCertificate=yes',
      ),
    ).toEqual({
      host: 'sql01.council.local',
      instance: 'SSD',
      port: 1544,
      database: 'HDM_Local',
      user: 'csc_api',
      password: 'a;b=c',
      encrypt: true,
      trustServerCertificate: true,
    });
    expect(parseSqlServerConnectionString('Data Source=(local);Database=ssd')).toMatchObject({
      host: 'localhost',
    });
    expect(parseSqlServerConnectionString('not a connection string')).toHaveProperty('problem');
  });

  it('explains that integrated authentication needs a native driver, and offers NTLM', () => {
    const message = problemOf(() =>
      load('sqlserver', { CSC_DB_URL: 'Server=sql01;Database=ssd;Integrated Security=SSPI' }),
    );
    expect(message).toContain('needs the native msnodesqlv8 driver');
    expect(message).toContain('CSC_DB_AUTH=ntlm');
  });

  it('treats DOMAIN\\user as a Windows account signed in by NTLM', () => {
    const { settings } = load('sqlserver', {
      CSC_DB_HOST: 'sql01',
      CSC_DB_NAME: 'ssd',
      CSC_DB_USER: 'COUNCIL\\svc-csc-api',
      CSC_DB_PASSWORD: 'windows-pass',
    });
    expect(settings).toMatchObject({ auth: 'ntlm', domain: 'COUNCIL', user: 'svc-csc-api', encrypt: true });
    const config = sqlServerConfig(settings, new SessionWatch(describeDatabase(settings)));
    expect(config.authentication).toEqual({
      type: 'ntlm',
      options: { domain: 'COUNCIL', userName: 'svc-csc-api', password: 'windows-pass' },
    });
    expect(config.user).toBeUndefined();
    expect(config.pool).toMatchObject({ min: 1, max: 1 });
    expect(config.port).toBe(1433);
  });

  it('uses a SQL login by default and leaves the port to the SQL Browser for a named instance', () => {
    const { settings } = load('sqlserver', {
      CSC_DB_HOST: 'sql01',
      CSC_DB_INSTANCE: 'SQLEXPRESS',
      CSC_DB_NAME: 'ssd',
      CSC_DB_USER: 'csc_api',
      CSC_DB_PASSWORD: 'sql-pass',
      CSC_DB_TRUST_SERVER_CERTIFICATE: 'true',
    });
    const config = sqlServerConfig(settings, new SessionWatch(describeDatabase(settings)));
    expect(config).toMatchObject({ server: 'sql01', user: 'csc_api', password: 'sql-pass', database: 'ssd' });
    expect(config.port).toBeUndefined();
    expect(config.options).toMatchObject({
      instanceName: 'SQLEXPRESS',
      encrypt: true,
      trustServerCertificate: true,
    });
    expect(problemOf(() => load('sqlserver', { CSC_DB_NAME: 'ssd', CSC_DB_USER: 'u' }))).toContain(
      'The database password is not set',
    );
    expect(
      problemOf(() =>
        load('sqlserver', {
          CSC_DB_NAME: 'ssd',
          CSC_DB_USER: 'u',
          CSC_DB_PASSWORD: 'x1234',
          CSC_DB_AUTH: 'ntlm',
        }),
      ),
    ).toContain('CSC_DB_AUTH=ntlm needs the Windows domain');
  });
});

describe('table names', () => {
  it('accepts name or schema.name of plain identifiers only', () => {
    expect(parseTableName('ssd_api_data_staging')).toEqual({ schema: null, name: 'ssd_api_data_staging' });
    expect(parseTableName('dbo.ssd_api_data_staging')).toEqual({
      schema: 'dbo',
      name: 'ssd_api_data_staging',
    });
    for (const bad of ['a.b.c', 'x; DROP TABLE y', '"quoted"', '1starts_with_digit', ''])
      expect(parseTableName(bad), bad).toBeNull();
  });
});
