// The docs' settings tables are made from the submitter's settings table: every row is there, once,
// as declared, and every flag `csc-api run` takes is described. Flags of optional parts (such as the
// database source) may be described on their own pages under content/docs/submitter/ instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingGroup } from '../../submitter/src/config/setting-entry.ts';
import { settingOptions } from '../../submitter/src/config/settings-options.ts';
import { settingsTable } from '../../submitter/src/config/settings-table.ts';
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
    const rendered = new Set(['sending', 'connection', 'state', 'other'] as const);
    const inTables = new Set(
      [...rendered].flatMap((group) => settingsInGroup(group).flatMap((row) => row.flag ?? [])),
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
