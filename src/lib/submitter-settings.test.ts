// The docs' settings tables are made from the submitter's settings table: every row is there, once,
// as declared, and every flag `csc-api run` takes is described. The database settings are listed on
// the PostgreSQL and SQL Server pages, each with the defaults the code uses for that driver.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingGroup } from '../../submitter/src/config/setting-entry.ts';
import { settingOptions } from '../../submitter/src/config/settings-options.ts';
import { settingsTable } from '../../submitter/src/config/settings-table.ts';
import { databaseSettingsFor, driverDefaults, sqlServerOnly } from './database-settings-by-driver';
import { settingsInGroup, submitterDefaults } from './submitter-settings';

const groups: SettingGroup[] = ['sending', 'connection', 'proxy', 'state', 'database', 'other'];
const submitterDocs = join(import.meta.dirname, '../../content/docs/submitter');

function submitterPages(): string {
  return readdirSync(submitterDocs)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readFileSync(join(submitterDocs, name), 'utf-8'))
    .join('\n');
}

describe('submitter settings in the docs', () => {
  it('are the rows of the settings table, each once, as declared', () => {
    for (const group of groups) {
      const declared = settingsTable.filter((entry) => entry.group === group);
      expect(settingsInGroup(group)).toEqual(
        declared.map((entry) => ({
          name: entry.env,
          flag: entry.flag,
          defaultValue: entry.default ?? entry.defaultNote ?? null,
          description: entry.description,
        })),
      );
    }
    expect(groups.flatMap((group) => settingsInGroup(group))).toHaveLength(settingsTable.length);
    expect(settingsInGroup('sending').find((row) => row.name === 'CSC_BATCH_SIZE')?.defaultValue).toBe('100');
  });

  it('describe every flag of csc-api run, in a table or on a page', () => {
    const pages = submitterPages();
    const rendered = new Set(['sending', 'connection', 'proxy', 'state', 'other'] as const);
    const inTables = new Set(
      [
        ...[...rendered].flatMap((group) => settingsInGroup(group)),
        ...databaseSettingsFor('sqlserver'),
      ].flatMap((row) => row.flag ?? []),
    );
    const named = new Set([...pages.matchAll(/`--([a-z][a-z-]*)/g)].map((match) => match[1] ?? ''));
    const missing = Object.keys(settingOptions('run')).filter(
      (flag) => !inTables.has(flag) && !named.has(flag),
    );
    expect(missing).toEqual([]);
    for (const group of rendered) expect(pages).toContain(`<SubmitterSettingsTable group="${group}" />`);
  });

  it('quote the defaults the table declares', () => {
    expect(submitterDefaults).toEqual({
      maxRetries: 5,
      retryMaxTotalMinutes: 5,
      timeoutSeconds: 30,
      auditRetentionDays: 90,
      maxBatchSize: 100,
    });
  });
});

describe('database settings in the docs', () => {
  const databaseEntries = settingsTable.filter((entry) => entry.group === 'database');
  const pages = [
    { kind: 'postgres', file: 'database-postgresql.mdx' },
    { kind: 'sqlserver', file: 'database-sql-server.mdx' },
  ] as const;

  it.each(pages)('are listed from the settings table on $file', ({ kind, file }) => {
    const page = readFileSync(join(submitterDocs, file), 'utf-8');
    expect(page).toContain(`<SubmitterSettingsTable driver="${kind}" />`);
    // A hand-written row would drift from the table: none is left.
    expect(page).not.toMatch(/^\|\s*`CSC_/m);
    const expected = databaseEntries.filter(
      (entry) => kind === 'sqlserver' || !sqlServerOnly.includes(entry.key as never),
    );
    expect(databaseSettingsFor(kind).map((row) => row.name)).toEqual(expected.map((entry) => entry.env));
  });

  it('leave out of the PostgreSQL page only settings PostgreSQL does not read', () => {
    const keys = databaseEntries.map((entry) => entry.key);
    for (const key of sqlServerOnly) expect(keys).toContain(key);
    expect(databaseSettingsFor('postgres')).toHaveLength(databaseEntries.length - sqlServerOnly.length);
    expect(databaseSettingsFor('sqlserver')).toHaveLength(databaseEntries.length);
  });

  it('give each driver its own default where the table describes one for both', () => {
    for (const kind of ['postgres', 'sqlserver'] as const) {
      for (const [key, value] of Object.entries(driverDefaults[kind])) {
        const entry = databaseEntries.find((candidate) => candidate.key === key);
        // Only a default the table leaves to the code is given per driver, and the table's note names it.
        expect(entry?.default, key).toBeNull();
        expect(entry?.defaultNote?.split(/[\s,]+/), key).toContain(value);
        expect(databaseSettingsFor(kind).find((row) => row.name === entry?.env)?.defaultValue).toBe(value);
      }
    }
    expect(databaseSettingsFor('postgres').find((row) => row.name === 'CSC_DB_TABLE')?.defaultValue).toBe(
      'ssd_api_data_staging',
    );
  });
});
