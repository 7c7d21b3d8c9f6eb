// The command-line options a command takes for its settings, made from the settings table for
// node:util parseArgs. Runs in Node.
import type { ParseArgsConfig } from 'node:util';
import type { SettingsCommand } from './setting-entry.ts';
import { settingsOf } from './settings-table.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Secrets have no flag (command lines can be seen by other users), so they have no option either. */
export function settingOptions(command: SettingsCommand): Options {
  const options: Options = {};
  for (const entry of settingsOf(command)) {
    if (entry.flag === null) continue;
    const kind = entry.type.kind;
    const option =
      kind === 'switch'
        ? ({ type: 'boolean' } as const)
        : kind === 'list'
          ? ({ type: 'string', multiple: true } as const)
          : ({ type: 'string' } as const);
    for (const name of [entry.flag, ...(entry.flagAliases ?? [])]) options[name] = option;
  }
  return options;
}
