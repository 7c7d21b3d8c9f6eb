// Reads each setting a command takes, once, from the first level that sets it: the flag, else the
// environment, else the settings file (--settings-file, or .env in the current folder), else the default.
// An empty value counts as not set at every level, so the next level applies. Runs in Node.
import { resolve } from 'node:path';
import type { Redactor } from '../redact/redactor.ts';
import { type ParsedSetting, parseSettingValue, type SettingValue } from './parse-setting-value.ts';
import { readDotenv } from './read-dotenv.ts';
import type { SettingEntry, SettingsCommand } from './setting-entry.ts';
import type { SettingProblem } from './setting-problem.ts';
import { type SettingKey, settingEntry, settingsTable } from './settings-table.ts';

type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface SettingsSources {
  flags: FlagValues;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  redactor: Redactor;
}

export type SettingLevel = 'flag' | 'environment' | 'file' | 'default';

export interface SettingValues {
  envFilePath: string;
  /** Whether the settings file was read. */
  envFileRead: boolean;
  /** Problems with the settings file and with each value, in the table's order. */
  readonly problems: SettingProblem[];
  /** The value, else the default (also when the value has a problem); undefined when neither. */
  get<T extends SettingValue>(key: SettingKey): T | undefined;
  /** Which level the value came from; undefined when nothing set it and there is no default. */
  level(key: SettingKey): SettingLevel | undefined;
  /** The text as given, for describing a value that may have a problem. */
  raw(key: SettingKey): string | undefined;
}

interface Found {
  raw: string;
  level: SettingLevel;
  value: SettingValue | undefined;
}

export function readSettingValues(sources: SettingsSources, command: SettingsCommand): SettingValues {
  const { flags, env, cwd } = sources;
  const problems: SettingProblem[] = [];
  const envFileFlag = flagValue(settingEntry('envFile'), flags);
  const envFilePath = resolve(cwd, envFileFlag ?? '.env');
  const file = readDotenv(envFilePath);
  if (!file.found && !file.missing)
    problems.push({ code: 'env-file-unreadable', path: envFilePath, reason: file.reason });
  else if (!file.found && envFileFlag !== undefined)
    problems.push({ code: 'env-file-missing', path: envFilePath });
  const fileValues = file.found ? file.values : {};

  const fromOutside = (entry: SettingEntry): { raw: string; level: SettingLevel } | undefined => {
    const names = entry.env === null ? [] : [entry.env, ...(entry.envAliases ?? [])];
    const levels: [SettingLevel, string | undefined][] = [
      ['flag', flagValue(entry, flags)],
      ...names.map((name): [SettingLevel, string | undefined] => ['environment', textOf(env[name])]),
      ...names.map((name): [SettingLevel, string | undefined] => ['file', textOf(fileValues[name])]),
    ];
    for (const [level, raw] of levels) if (raw !== undefined) return { raw, level };
    return undefined;
  };

  // Secrets are masked whichever command runs, before anything can be printed or stored.
  for (const entry of settingsTable)
    if (entry.secret) sources.redactor.add(entry.env ?? entry.key, fromOutside(entry)?.raw);

  const found = new Map<string, Found>();
  for (const entry of settingsTable) {
    const outside = entry.commands.includes(command) ? fromOutside(entry) : undefined;
    const fallback = entry.default === null ? undefined : defaultValue(entry, entry.default);
    if (outside === undefined) {
      if (entry.default !== null)
        found.set(entry.key, { raw: entry.default, level: 'default', value: fallback });
      continue;
    }
    const parsed: ParsedSetting = parseSettingValue(entry, outside.raw);
    if (!parsed.ok) problems.push(parsed.problem);
    found.set(entry.key, { ...outside, value: parsed.ok ? parsed.value : fallback });
  }

  return {
    envFilePath,
    envFileRead: file.found,
    problems,
    get: <T extends SettingValue>(key: SettingKey) => found.get(key)?.value as T | undefined,
    level: (key) => found.get(key)?.level,
    raw: (key) => found.get(key)?.raw,
  };
}

function defaultValue(entry: SettingEntry, text: string): SettingValue {
  const parsed = parseSettingValue(entry, text);
  if (!parsed.ok)
    throw new Error(`the default of ${settingEntry(entry.key as SettingKey).key} does not parse`);
  return parsed.value;
}

/** A flag's or variable's text, trimmed; empty counts as not set. A repeated flag is comma-joined. */
/** The flag's text, else the first of its older names that is given. */
function flagValue(entry: SettingEntry, flags: FlagValues): string | undefined {
  if (entry.flag === null) return undefined;
  for (const name of [entry.flag, ...(entry.flagAliases ?? [])]) {
    const text = textOf(flags[name]);
    if (text !== undefined) return text;
  }
  return undefined;
}

function textOf(value: string | boolean | (string | boolean)[] | undefined): string | undefined {
  const text = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string').join(',')
    : value === true
      ? 'true'
      : typeof value === 'string'
        ? value
        : undefined;
  const trimmed = text?.trim();
  return trimmed === '' ? undefined : trimmed;
}
