// Builds Settings from flags, the environment and an optional .env file (in that order of precedence),
// checking every value and reporting all problems at once with how to fix each. Runs in Node.
import { isIPv4 } from 'node:net';
import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import type { Redactor } from '../redact/redactor.ts';
import { checkLaCode } from './check-la-code.ts';
import { loadProxySettings } from './load-proxy-settings.ts';
import { normaliseScope } from './normalise-scope.ts';
import { readSettingValues, registerSecrets } from './read-setting-values.ts';
import {
  type Credentials,
  defaults,
  type HoldOn,
  maxBatchSize,
  type RunMode,
  type Settings,
} from './settings.ts';

export interface SettingsNeeds {
  /** The OAuth and API settings must all be present. */
  credentials: boolean;
  /** LA_CODE must be present. */
  laCode: boolean;
  /** An input path must be given. */
  input: boolean;
}

type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface SettingsSources {
  flags: FlagValues;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  redactor: Redactor;
}

const docsHint = 'See the csc-api README, "Settings".';

export function loadSettings(sources: SettingsSources, needs: SettingsNeeds): Settings {
  const { flags, cwd, redactor } = sources;
  const values = readSettingValues(sources);
  if (values.envFileNamed && values.fileValues === null) {
    throw new UsageError(`there is no settings file at ${values.envFilePath}. Check the --env-file path.`);
  }
  registerSecrets(values, redactor);

  const problems: string[] = [];
  const pick = (flag: string | null, name: string): string | undefined => {
    const fromFlag = flag === null ? undefined : flags[flag];
    const value = typeof fromFlag === 'string' ? fromFlag : values.value(name);
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const number = (flag: string, name: string, fallback: number, min: number, max: number, what: string) => {
    const raw = pick(flag, name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push(`${name} (--${flag}) must be ${what} from ${min} to ${max}; it is "${raw}".`);
      return fallback;
    }
    return value;
  };

  const credentials = readCredentials(pick, problems, needs.credentials);
  const proxy = loadProxySettings(values, redactor);
  problems.push(...proxy.problems);

  let laCode: string | null = null;
  const rawLaCode = pick('la-code', 'LA_CODE');
  if (rawLaCode === undefined) {
    if (needs.laCode)
      problems.push(
        'LA_CODE is not set. Set it to your 3-digit DfE local authority number, for example LA_CODE=201.',
      );
  } else {
    const checked = checkLaCode(rawLaCode);
    if (checked.ok) laCode = checked.code;
    else problems.push(checked.problem);
  }

  const batchSize = Math.trunc(
    number('batch-size', 'CSC_BATCH_SIZE', defaults.batchSize, 1, maxBatchSize, 'a whole number'),
  );
  const timeoutSeconds = number(
    'timeout',
    'CSC_TIMEOUT',
    defaults.timeoutMs / 1000,
    0.001,
    600,
    'a number of seconds',
  );
  const retry = {
    maxRetries: Math.trunc(
      number('max-retries', 'CSC_MAX_RETRIES', defaults.retry.maxRetries, 0, 20, 'a whole number'),
    ),
    baseDelayMs: number(
      'retry-base-delay',
      'CSC_RETRY_BASE_DELAY_MS',
      defaults.retry.baseDelayMs,
      0,
      600_000,
      'milliseconds',
    ),
    maxDelayMs: number(
      'retry-max-delay',
      'CSC_RETRY_MAX_DELAY_MS',
      defaults.retry.maxDelayMs,
      0,
      3_600_000,
      'milliseconds',
    ),
    maxTotalMs: number(
      'retry-max-total',
      'CSC_RETRY_MAX_TOTAL_MS',
      defaults.retry.maxTotalMs,
      0,
      86_400_000,
      'milliseconds',
    ),
  };

  const input = pick('input', 'CSC_INPUT');
  if (input === undefined && needs.input) {
    problems.push(
      'No input was given. Use --input PATH (a JSON array, an NDJSON file or a folder of them), or set CSC_INPUT.',
    );
  }

  const rawMode = pick('mode', 'CSC_MODE') ?? defaults.mode;
  let mode: RunMode = defaults.mode;
  if (rawMode === 'full' || rawMode === 'delta') mode = rawMode;
  else problems.push(`CSC_MODE (--mode) must be "full" or "delta"; it is "${rawMode}".`);

  const partialFlag = flags.partial === true;
  const partialEnv = pick(null, 'CSC_PARTIAL');
  const partial = partialFlag || partialEnv === 'true' || partialEnv === '1';
  if (partial && mode !== 'delta')
    problems.push('--partial only applies to --mode delta. Add --mode delta or leave out --partial.');

  const rawHoldOn = pick('hold-on', 'CSC_HOLD_ON') ?? defaults.holdOn;
  let holdOn: HoldOn = defaults.holdOn;
  if (rawHoldOn === 'rejected' || rawHoldOn === 'data-quality') holdOn = rawHoldOn;
  else problems.push(`CSC_HOLD_ON (--hold-on) must be "rejected" or "data-quality"; it is "${rawHoldOn}".`);

  const ignoreFlag = flags['ignore-field'];
  const ignoreFields = (
    Array.isArray(ignoreFlag)
      ? ignoreFlag.filter((v): v is string => typeof v === 'string')
      : (pick(null, 'CSC_IGNORE_FIELDS')?.split(',') ?? [])
  )
    .map((field) => field.trim())
    .filter((field) => field !== '');
  for (const field of ignoreFields) {
    if (field === 'la_child_id' || !/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/.test(field)) {
      problems.push(
        `"${field}" cannot be ignored when comparing. Give a field path such as child_details.postcode (not la_child_id).`,
      );
    }
  }

  const settings: Settings = {
    credentials,
    laCode,
    batchSize,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    retry,
    input: input === undefined ? null : resolve(cwd, input),
    statePath: resolve(cwd, pick('state', 'CSC_STATE') ?? defaults.statePath),
    auditDir: resolve(cwd, pick('audit-dir', 'CSC_AUDIT_DIR') ?? defaults.auditDir),
    auditRetentionDays: Math.trunc(
      number(
        'audit-retention-days',
        'CSC_AUDIT_RETENTION_DAYS',
        defaults.auditRetentionDays,
        1,
        36_500,
        'a whole number of days',
      ),
    ),
    mode,
    partial,
    holdOn,
    ignoreFields,
    maxVanishedShare: number(
      'max-vanished-share',
      'CSC_MAX_VANISHED_SHARE',
      defaults.maxVanishedShare,
      0,
      1,
      'a fraction',
    ),
    tokenRefreshMarginSeconds: defaults.tokenRefreshMarginSeconds,
    proxy: proxy.proxy,
  };

  if (problems.length > 0) {
    const source =
      values.fileValues === null ? 'the environment' : `the environment or ${values.envFilePath}`;
    throw new UsageError(
      `there is a problem with the settings (read from flags, ${source}):\n${problems.map((p) => `  - ${p}`).join('\n')}\n${docsHint}`,
    );
  }
  return settings;
}

type Pick = (flag: string | null, name: string) => string | undefined;

function readCredentials(pick: Pick, problems: string[], required: boolean): Credentials | null {
  const apiEndpoint = pick('api-endpoint', 'API_ENDPOINT');
  const tokenEndpoint = pick('token-endpoint', 'TOKEN_ENDPOINT');
  const clientId = pick('client-id', 'CLIENT_ID');
  const clientSecret = pick(null, 'CLIENT_SECRET');
  const scope = pick('scope', 'SCOPE');
  const supplierKey = pick(null, 'SUPPLIER_KEY');
  const missing: [string, string][] = [];
  if (apiEndpoint === undefined)
    missing.push([
      'API_ENDPOINT',
      'the base URL shown in the DfE portal, for example https://pp-api.education.gov.uk/children-in-social-care-data-receiver-test/1',
    ]);
  if (tokenEndpoint === undefined)
    missing.push(['TOKEN_ENDPOINT', 'the "OAuth token endpoint" from the DfE portal']);
  if (clientId === undefined) missing.push(['CLIENT_ID', 'the "OAuth Client ID" from the DfE portal']);
  if (clientSecret === undefined)
    missing.push([
      'CLIENT_SECRET',
      'the client secret (primary key) from the DfE portal, in the environment or .env',
    ]);
  if (scope === undefined) missing.push(['SCOPE', 'the "OAuth Scope" from the DfE portal']);
  if (supplierKey === undefined)
    missing.push([
      'SUPPLIER_KEY',
      'the subscription key (primary key) from the DfE portal, in the environment or .env',
    ]);
  if (required) for (const [name, what] of missing) problems.push(`${name} is not set. Set it to ${what}.`);
  for (const [name, value] of [
    ['API_ENDPOINT', apiEndpoint],
    ['TOKEN_ENDPOINT', tokenEndpoint],
  ] as const) {
    if (value !== undefined && !isAllowedUrl(value)) {
      problems.push(
        `${name} must be a web address starting https://; it is "${value}". ` +
          'Plain http:// is allowed only on this machine (localhost, 127.0.0.1 or ::1), for a local mock API.',
      );
    }
  }
  if (
    apiEndpoint === undefined ||
    tokenEndpoint === undefined ||
    clientId === undefined ||
    clientSecret === undefined ||
    scope === undefined ||
    supplierKey === undefined
  ) {
    return null;
  }
  return {
    apiEndpoint: apiEndpoint.replace(/\/+$/, ''),
    tokenEndpoint,
    clientId,
    clientSecret,
    scope: normaliseScope(scope),
    supplierKey,
  };
}

/** https anywhere; plain http only to loopback, where nothing on the network can read or change it. */
function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && isLoopback(url.hostname);
  } catch {
    return false;
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || (isIPv4(host) && host.startsWith('127.'));
}
