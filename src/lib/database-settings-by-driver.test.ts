// The per-driver defaults the docs give are the ones csc-api works out when nothing is set.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../submitter/src/config/load-settings.ts';
import { SessionWatch } from '../../submitter/src/database/session-watch.ts';
import type { DatabaseKind } from '../../submitter/src/database/sql-dialect.ts';
import { sqlServerConfig } from '../../submitter/src/database/sql-server-connection.ts';
import { Redactor } from '../../submitter/src/redact/redactor.ts';
import { driverDefaults } from './database-settings-by-driver';

/** The database settings with nothing set but the source, read in an empty folder (no .env). */
function settingsWithNothingSet(kind: DatabaseKind) {
  const cwd = mkdtempSync(join(tmpdir(), 'csc-api-docs-defaults-'));
  const needs = { credentials: false, laCode: false, input: false, database: false };
  const { database } = loadSettings(
    { flags: { source: kind }, env: {}, cwd, redactor: new Redactor() },
    'init-db',
    needs,
  );
  if (database === null) throw new Error('expected database settings');
  return database;
}

describe('driverDefaults', () => {
  it('say whether each driver uses TLS when CSC_DB_ENCRYPT is not set', () => {
    expect(String(settingsWithNothingSet('postgres').encrypt)).toBe(driverDefaults.postgres.dbEncrypt);
    expect(String(settingsWithNothingSet('sqlserver').encrypt)).toBe(driverDefaults.sqlserver.dbEncrypt);
  });

  it('give the port SQL Server is reached on when CSC_DB_PORT is not set', () => {
    const settings = settingsWithNothingSet('sqlserver');
    const config = sqlServerConfig(settings, new SessionWatch('test'));
    expect(String(config.port)).toBe(driverDefaults.sqlserver.dbPort);
    expect(settings.port).toBeNull();
  });
});
