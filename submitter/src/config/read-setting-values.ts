// Where a setting's value comes from when no flag gives it: the environment first, then the settings
// file (--env-file, or .env in the current folder). Runs in Node.
import { resolve } from 'node:path';
import type { Redactor } from '../redact/redactor.ts';
import { readDotenv } from './read-dotenv.ts';

type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface SettingValues {
  envFilePath: string;
  /** True when --env-file names the file; then a missing file is a mistake rather than a choice. */
  envFileNamed: boolean;
  /** Null when there is no settings file. */
  fileValues: Record<string, string> | null;
  /**
   * The first of `names` set in the environment, else the first set in the settings file; an empty
   * environment variable counts as unset, so a value in the file still applies.
   */
  value(...names: string[]): string | undefined;
}

export function readSettingValues(sources: {
  flags: FlagValues;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}): SettingValues {
  const { flags, env, cwd } = sources;
  const envFileFlag = typeof flags['env-file'] === 'string' ? flags['env-file'] : undefined;
  const envFilePath = resolve(cwd, envFileFlag ?? '.env');
  const fileValues = readDotenv(envFilePath);
  return {
    envFilePath,
    envFileNamed: envFileFlag !== undefined,
    fileValues,
    value(...names) {
      for (const name of names) if (env[name]?.trim()) return env[name];
      for (const name of names) if (fileValues?.[name]?.trim()) return fileValues[name];
      return undefined;
    },
  };
}

/** Registers the secrets before anything can be printed or stored. */
export function registerSecrets(values: SettingValues, redactor: Redactor): void {
  redactor.add('CLIENT_SECRET', values.value('CLIENT_SECRET'));
  redactor.add('SUPPLIER_KEY', values.value('SUPPLIER_KEY'));
}
