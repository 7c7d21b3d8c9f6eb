// The csc-api settings as the docs present them: rows made from the submitter's own settings table,
// so the pages cannot drift from the code. Runs in Node at build time.

import { maxBatchSize } from '../../submitter/src/config/run-settings-table.ts';
import type { SettingEntry, SettingGroup } from '../../submitter/src/config/setting-entry.ts';
import { settingEntry, settingsTable } from '../../submitter/src/config/settings-table.ts';

export interface SubmitterSetting {
  /** Environment variable or settings-file name; null for a flag with no variable. */
  name: string | null;
  /** Command-line flag without the leading dashes; null when there is no flag. */
  flag: string | null;
  /** The default as the user would type it, or null when there is none. */
  defaultValue: string | null;
  description: string;
}

export function docsRow(entry: SettingEntry): SubmitterSetting {
  return {
    name: entry.env,
    flag: entry.flag,
    defaultValue: entry.default ?? entry.defaultNote ?? null,
    description: entry.description,
  };
}

/** The rows of one docs table, in the settings table's order. */
export function settingsInGroup(group: SettingGroup): SubmitterSetting[] {
  return settingsTable.filter((entry) => entry.group === group).map(docsRow);
}

const number = (key: Parameters<typeof settingEntry>[0]) => Number(settingEntry(key).default);

/** Numbers the troubleshooting pages quote, from the same table. */
export const submitterDefaults = {
  maxRetries: number('maxRetries'),
  retryMaxTotalMinutes: number('retryMaxTotalMs') / 60_000,
  timeoutSeconds: number('timeoutSeconds'),
  auditRetentionDays: number('auditRetentionDays'),
  maxBatchSize,
};
