// The database settings as each driver's docs page presents them: the rows of the settings table's
// database group that the driver reads, with the default the code works out for that driver where the
// table can only describe it for both. Runs in Node at build time.

import type { SettingKey } from '../../submitter/src/config/settings-table.ts';
import { settingsTable } from '../../submitter/src/config/settings-table.ts';
import type { DatabaseKind } from '../../submitter/src/database/sql-dialect.ts';
import { docsRow, type SubmitterSetting } from './submitter-settings';

/** Settings only SQL Server reads: named instances and Windows domain logins. */
export const sqlServerOnly: readonly SettingKey[] = ['dbInstance', 'dbAuth', 'dbDomain'];

/** For a setting whose default depends on the driver (the table gives a `defaultNote`), each driver's. */
export const driverDefaults: Readonly<Record<DatabaseKind, Partial<Record<SettingKey, string>>>> = {
  postgres: { dbPort: '5432', dbEncrypt: 'false' },
  sqlserver: { dbPort: '1433', dbEncrypt: 'true' },
};

/** The rows of one driver's docs table, in the settings table's order. */
export function databaseSettingsFor(kind: DatabaseKind): SubmitterSetting[] {
  return settingsTable
    .filter((entry) => entry.group === 'database')
    .filter((entry) => kind === 'sqlserver' || !sqlServerOnly.includes(entry.key as SettingKey))
    .map((entry) => {
      const row = docsRow(entry);
      const driverDefault = driverDefaults[kind][entry.key as SettingKey];
      return driverDefault === undefined ? row : { ...row, defaultValue: driverDefault };
    });
}
