// The one settings reader: reads every setting a command takes (read-setting-values.ts), builds the
// typed settings, checks what needs several settings together, and reports every problem at once.
// Runs in Node.
import { resolve } from 'node:path';
import { buildDatabaseSettings } from '../database/build-database-settings.ts';
import type { DatabaseSettings, SourceKind } from '../database/database-settings.ts';
import { UsageError } from '../errors.ts';
import { checkLaCode } from './check-la-code.ts';
import { normaliseScope } from './normalise-scope.ts';
import { parseProxyUrl } from './parse-setting-value.ts';
import { readSettingValues, type SettingsSources, type SettingValues } from './read-setting-values.ts';
import type { SettingsCommand } from './setting-entry.ts';
import { formatSettingsProblems, problemGroup, type SettingProblem } from './setting-problem.ts';
import type { Credentials, HoldOn, ProxySettings, RunMode, Settings } from './settings.ts';
import { tokenRefreshMarginSeconds } from './settings.ts';
import { type SettingKey, settingEntry } from './settings-table.ts';

export type { SettingsSources } from './read-setting-values.ts';

/** What must be set, beyond what is well formed whenever it is set. */
export interface SettingsNeeds {
  /** The OAuth and API settings. */
  credentials: boolean;
  laCode: boolean;
  /** An input path, when the source is files. */
  input: boolean;
  /** The database name, user and password, when the source is a database. */
  database: boolean;
}

export interface SettingsReading {
  /** Null when any setting outside the database ones has a problem. */
  settings: Settings | null;
  source: SourceKind;
  /** Null for files, and when a database setting has a problem. */
  database: DatabaseSettings | null;
  /** Built whatever other problems there are: doctor follows the proxy route regardless. */
  proxy: ProxySettings;
  problems: readonly SettingProblem[];
  /** Every problem in one message. */
  report(): string;
  values: SettingValues;
}

export interface LoadedSettings {
  settings: Settings;
  source: SourceKind;
  database: DatabaseSettings | null;
}

const credentialKeys = [
  'apiEndpoint',
  'tokenEndpoint',
  'clientId',
  'clientSecret',
  'scope',
  'supplierKey',
] as const satisfies readonly SettingKey[];

/** Reads once and stops with every problem together (exit 2). */
export function loadSettings(
  sources: SettingsSources,
  command: SettingsCommand,
  needs: SettingsNeeds,
): LoadedSettings {
  const reading = readSettings(sources, command, needs);
  if (reading.problems.length > 0 || reading.settings === null) throw new UsageError(reading.report());
  return { settings: reading.settings, source: reading.source, database: reading.database };
}

/** Reads once and returns whatever could be built, with every problem; for `doctor`, which reports them. */
export function readSettings(
  sources: SettingsSources,
  command: SettingsCommand,
  needs: SettingsNeeds,
): SettingsReading {
  const values = readSettingValues(sources, command);
  const problems = [...values.problems];
  const check = (text: string) => problems.push({ code: 'check', group: 'other', text });
  const text = (key: SettingKey) => values.get<string>(key);

  const missing = credentialKeys.filter((key) => text(key) === undefined && values.raw(key) === undefined);
  if (needs.credentials)
    for (const key of missing) problems.push({ code: 'not-set', entry: settingEntry(key) });
  const [apiEndpoint, tokenEndpoint, clientId, clientSecret, scope, supplierKey] = credentialKeys.map(text);
  const credentials: Credentials | null =
    apiEndpoint && tokenEndpoint && clientId && clientSecret && scope && supplierKey
      ? {
          apiEndpoint: apiEndpoint.replace(/\/+$/, ''),
          tokenEndpoint,
          clientId,
          clientSecret,
          scope: normaliseScope(scope),
          supplierKey,
        }
      : null;

  let laCode: string | null = null;
  const rawLaCode = text('laCode');
  if (rawLaCode === undefined) {
    if (needs.laCode) problems.push({ code: 'not-set', entry: settingEntry('laCode') });
  } else {
    const checked = checkLaCode(rawLaCode);
    if (checked.ok) laCode = checked.code;
    else check(checked.problem);
  }

  const source = values.get<SourceKind>('source') ?? 'file';
  const input = text('input');
  if (input === undefined && needs.input && source === 'file')
    check(
      'No input was given. Use --input PATH (a JSON array, an NDJSON file or a folder of them), or set CSC_INPUT.',
    );

  const mode = values.get<RunMode>('mode') ?? 'full';
  const partial = values.get<boolean>('partial') === true;
  if (partial && mode !== 'delta')
    check('--partial only applies to --mode delta. Add --mode delta or leave out --partial.');

  const ignoreFields = values.get<readonly string[]>('ignoreFields') ?? [];
  for (const field of ignoreFields) {
    if (field === 'la_child_id' || !/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/.test(field))
      check(
        `"${field}" cannot be ignored when comparing. Give a field path such as child_details.postcode (not la_child_id).`,
      );
  }

  const number = (key: SettingKey) => values.get<number>(key) as number;
  const settings: Settings = {
    credentials,
    laCode,
    batchSize: number('batchSize'),
    timeoutMs: Math.round(number('timeoutSeconds') * 1000),
    retry: {
      maxRetries: number('maxRetries'),
      baseDelayMs: number('retryBaseDelayMs'),
      maxDelayMs: number('retryMaxDelayMs'),
      maxTotalMs: number('retryMaxTotalMs'),
    },
    input: input === undefined ? null : resolve(sources.cwd, input),
    statePath: resolve(sources.cwd, text('statePath') as string),
    auditDir: resolve(sources.cwd, text('auditDir') as string),
    auditRetentionDays: number('auditRetentionDays'),
    mode,
    partial,
    holdOn: values.get<HoldOn>('holdOn') ?? 'rejected',
    ignoreFields: [...ignoreFields],
    maxVanishedShare: number('maxVanishedShare'),
    tokenRefreshMarginSeconds,
    proxy: proxySettings(values, sources),
  };

  const database =
    source === 'file'
      ? null
      : buildDatabaseSettings(values, source, needs.database, sources.redactor, (text) =>
          problems.push({ code: 'check', group: 'database', text }),
        );
  const isDatabaseProblem = (problem: SettingProblem) => problemGroup(problem) === 'database';
  const readFrom = values.envFileRead
    ? `flags, the environment and ${values.envFilePath}`
    : 'flags and the environment';
  return {
    settings: problems.some((problem) => !isDatabaseProblem(problem)) ? null : settings,
    source,
    database: problems.some(isDatabaseProblem) ? null : database,
    proxy: settings.proxy,
    problems,
    report: () => formatSettingsProblems(problems, readFrom),
    values,
  };
}

/** The proxy addresses, with any proxy password masked from here on. */
function proxySettings(values: SettingValues, sources: SettingsSources): ProxySettings {
  const proxy: ProxySettings = {
    httpProxy: values.get<string>('httpProxy'),
    httpsProxy: values.get<string>('httpsProxy'),
    noProxy: values.get<string>('noProxy'),
  };
  for (const address of [proxy.httpProxy, proxy.httpsProxy]) {
    const url = address === undefined ? null : parseProxyUrl(address);
    if (url === null) continue;
    sources.redactor.add('proxy password', url.password);
    sources.redactor.add('proxy password', decodeURIComponent(url.password));
  }
  return proxy;
}
