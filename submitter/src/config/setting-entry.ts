// The shape of one row of the settings table: everything the flags, the usage text, the reader and
// the docs need to know about a setting. Runs anywhere.

/** The commands that take settings from the table. */
export type SettingsCommand = 'run' | 'test-endpoint' | 'doctor' | 'status' | 'init-db';

/** The commands that talk to the DfE API. */
export const apiCommands = ['run', 'test-endpoint', 'doctor'] as const satisfies readonly SettingsCommand[];

/** Where the usage text and the docs list a setting. */
export type SettingGroup = 'sending' | 'connection' | 'proxy' | 'state' | 'database' | 'other';

/** How a value is written, and so how it is checked. */
export type SettingType =
  /** Any text. */
  | { kind: 'text' }
  /** A number from min to max; `whole` refuses fractions. */
  | { kind: 'number'; min: number; max: number; whole: boolean; unit: string }
  /** One of a few words (any case); `aliases` maps other accepted words to them. */
  | { kind: 'choice'; choices: readonly string[]; aliases?: Readonly<Record<string, string>> }
  /** true/false, yes/no, 1/0, on/off. */
  | { kind: 'boolean' }
  /** A flag that takes no value; in the environment or .env it is a boolean. */
  | { kind: 'switch' }
  /** Several values: the flag repeated, or comma-separated in the environment or .env. */
  | { kind: 'list' }
  /** https anywhere; plain http only to this machine. */
  | { kind: 'web-address' }
  /** An http(s) proxy address, perhaps with user:password@. */
  | { kind: 'proxy-address' };

export interface SettingEntry {
  /** The name the code reads it by. */
  key: string;
  /** Environment variable and .env name; null for a flag that has none. */
  env: string | null;
  /** Other environment names read after `env`, such as the lower-case proxy variables. */
  envAliases?: readonly string[];
  /** Command-line flag without the dashes; null for a secret, which a command line would show. */
  flag: string | null;
  /** Older flag names that still work, read after `flag`. */
  flagAliases?: readonly string[];
  /** What the flag's value looks like in the usage text, for example `N` or `URL`. */
  placeholder?: string;
  type: SettingType;
  /** The default as the user would type it; null when there is none. */
  default: string | null;
  /** How the default is described when the code works it out (it depends on other settings). */
  defaultNote?: string;
  /** Masked in every output and never given a flag. */
  secret: boolean;
  group: SettingGroup;
  /** One line for the usage text. */
  summary: string;
  /** A sentence or two for the docs. */
  description: string;
  /** "Set it to …" when a command needs it and it is not set. */
  whenMissing?: string;
  commands: readonly SettingsCommand[];
}
