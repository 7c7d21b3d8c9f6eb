// The settings a command reads from its flags, the environment and the settings file, with the
// redactor that masks their secrets in what the command prints. Runs in Node.
import type { CommandContext, ParsedArgs } from '../command.ts';
import { type LoadedSettings, loadSettings, type SettingsNeeds } from '../config/load-settings.ts';
import type { SettingsCommand } from '../config/setting-entry.ts';
import { Redactor } from '../redact/redactor.ts';

const nothingNeeded: SettingsNeeds = { credentials: false, laCode: false, input: false, database: false };

/** `needs` names the settings the command cannot do without; the others may be missing. */
export function commandSettings(
  args: ParsedArgs,
  context: CommandContext,
  command: SettingsCommand,
  needs: Partial<SettingsNeeds>,
): LoadedSettings & { redactor: Redactor } {
  const redactor = context.redactor ?? new Redactor();
  const sources = { flags: args.values, env: context.env, cwd: context.cwd, redactor };
  return { ...loadSettings(sources, command, { ...nothingNeeded, ...needs }), redactor };
}
