// Every csc-api setting, declared once: the flags, the usage text, the reader and the docs tables
// are all made from these rows. Runs anywhere.
import { databaseSettingsTable } from '../database/database-settings-table.ts';
import { connectionSettingsTable } from './connection-settings-table.ts';
import { runSettingsTable } from './run-settings-table.ts';
import type { SettingEntry, SettingsCommand } from './setting-entry.ts';

/** The one table: every setting, in the order the usage text and the docs list them. */
export const settingsTable: readonly SettingEntry[] = [
  ...runSettingsTable,
  ...connectionSettingsTable,
  ...databaseSettingsTable,
];

export type SettingKey =
  | (typeof runSettingsTable)[number]['key']
  | (typeof connectionSettingsTable)[number]['key']
  | (typeof databaseSettingsTable)[number]['key'];

export function settingEntry(key: SettingKey): SettingEntry {
  const entry = settingsTable.find((candidate) => candidate.key === key);
  if (entry === undefined) throw new Error(`no setting called ${key}`);
  return entry;
}

/** The rows a command takes. */
export function settingsOf(command: SettingsCommand): SettingEntry[] {
  return settingsTable.filter((entry) => entry.commands.includes(command));
}
