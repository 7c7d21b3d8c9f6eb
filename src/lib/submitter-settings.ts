// The csc-api settings as the docs present them: names and flags with a plain-English description,
// and every default read from the submitter's own settings module so the page cannot drift from
// the code. Runs in Node at build time.
import { defaults, maxBatchSize } from '../../submitter/src/config/settings.ts';

export interface SubmitterSetting {
  /** Environment variable or settings-file name; null for a flag with no variable. */
  name: string | null;
  /** Command-line flag without the leading dashes; null when there is no flag. */
  flag: string | null;
  /** The default as the user would type it, or null when there is none. */
  defaultValue: string | null;
  description: string;
}

export const connectionSettings: readonly SubmitterSetting[] = [
  {
    name: 'API_ENDPOINT',
    flag: 'api-endpoint',
    defaultValue: null,
    description:
      'The address of the DfE service, test or live, without the /children_social_care_data/… path the submitter adds.',
  },
  {
    name: 'TOKEN_ENDPOINT',
    flag: 'token-endpoint',
    defaultValue: null,
    description: 'The OAuth token endpoint from the DfE portal.',
  },
  {
    name: 'CLIENT_ID',
    flag: 'client-id',
    defaultValue: null,
    description: 'The OAuth client ID from the DfE portal.',
  },
  {
    name: 'CLIENT_SECRET',
    flag: null,
    defaultValue: null,
    description:
      'The OAuth client secret. Environment or settings file only: command lines can be seen by other users of the server.',
  },
  {
    name: 'SCOPE',
    flag: 'scope',
    defaultValue: null,
    description: 'The OAuth scope from the DfE portal. /.default is added when it is missing.',
  },
  {
    name: 'SUPPLIER_KEY',
    flag: null,
    defaultValue: null,
    description: 'The subscription key from the DfE portal. Environment or settings file only.',
  },
  {
    name: 'LA_CODE',
    flag: 'la-code',
    defaultValue: null,
    description:
      'Your three-digit DfE local authority number, such as 201. It is checked against the list of LA codes.',
  },
];

export const sendingSettings: readonly SubmitterSetting[] = [
  {
    name: 'CSC_INPUT',
    flag: 'input',
    defaultValue: null,
    description: 'The extract: a JSON array, an NDJSON file (one record per line), or a folder of them.',
  },
  {
    name: 'CSC_MODE',
    flag: 'mode',
    defaultValue: defaults.mode,
    description: 'full sends every valid record; delta sends new and changed children, and deletions.',
  },
  {
    name: 'CSC_PARTIAL',
    flag: 'partial',
    defaultValue: 'off',
    description:
      'With delta: send only the changed parts of each record, with the identifiers the DfE needs.',
  },
  {
    name: 'CSC_HOLD_ON',
    flag: 'hold-on',
    defaultValue: defaults.holdOn,
    description:
      'What withholds a record. rejected: only what the DfE API would reject; records with data-quality errors are sent, counted and listed. data-quality: those are withheld too, and the DfE does not count those children.',
  },
  {
    name: 'CSC_IGNORE_FIELDS',
    flag: 'ignore-field',
    defaultValue: null,
    description:
      'Fields that change without meaning, ignored when deciding whether a child changed, such as child_details.postcode. Comma-separated; the flag can be repeated.',
  },
  {
    name: 'CSC_MAX_VANISHED_SHARE',
    flag: 'max-vanished-share',
    defaultValue: String(defaults.maxVanishedShare),
    description:
      'The share of children that may disappear from one snapshot to the next before deletions need --confirm-deletions. Guards against a truncated extract.',
  },
  {
    name: 'CSC_BATCH_SIZE',
    flag: 'batch-size',
    defaultValue: String(defaults.batchSize),
    description: `Records per request, 1 to ${maxBatchSize}. The DfE accepts at most ${maxBatchSize}.`,
  },
  {
    name: 'CSC_TIMEOUT',
    flag: 'timeout',
    defaultValue: String(defaults.timeoutMs / 1000),
    description: 'Seconds to wait for each request before treating it as unanswered.',
  },
  {
    name: 'CSC_MAX_RETRIES',
    flag: 'max-retries',
    defaultValue: String(defaults.retry.maxRetries),
    description:
      'How many times one request is tried again after a failure that may pass (429, 5xx, no answer).',
  },
  {
    name: 'CSC_RETRY_BASE_DELAY_MS',
    flag: 'retry-base-delay',
    defaultValue: String(defaults.retry.baseDelayMs),
    description:
      'The first pause before a retry, in milliseconds. Each further pause is about twice as long.',
  },
  {
    name: 'CSC_RETRY_MAX_DELAY_MS',
    flag: 'retry-max-delay',
    defaultValue: String(defaults.retry.maxDelayMs),
    description: 'The longest single pause in milliseconds, including a pause the DfE asks for.',
  },
  {
    name: 'CSC_RETRY_MAX_TOTAL_MS',
    flag: 'retry-max-total',
    defaultValue: String(defaults.retry.maxTotalMs),
    description: 'The longest total time in milliseconds spent pausing to retry one request.',
  },
];

export const stateSettings: readonly SubmitterSetting[] = [
  {
    name: 'CSC_STATE',
    flag: 'state',
    defaultValue: defaults.statePath,
    description: 'The state file: each child’s last sent record, status, receipt and last error.',
  },
  {
    name: 'CSC_AUDIT_DIR',
    flag: 'audit-dir',
    defaultValue: defaults.auditDir,
    description: 'The audit folder: a copy of every request and answer, one folder per run.',
  },
  {
    name: 'CSC_AUDIT_RETENTION_DAYS',
    flag: 'audit-retention-days',
    defaultValue: String(defaults.auditRetentionDays),
    description: 'Run folders older than this many days are deleted at the start of a run.',
  },
];

export const otherFlags: readonly SubmitterSetting[] = [
  {
    name: null,
    flag: 'env-file',
    defaultValue: '.env',
    description: 'Read settings from this file instead of .env in the current folder.',
  },
  {
    name: null,
    flag: 'dry-run',
    defaultValue: null,
    description:
      'run only: check and prepare every batch and write it to the audit folder; send nothing, change no state.',
  },
  {
    name: null,
    flag: 'confirm-deletions',
    defaultValue: null,
    description:
      'run only: send deletions even when more children vanished than CSC_MAX_VANISHED_SHARE allows.',
  },
  {
    name: null,
    flag: 'json',
    defaultValue: null,
    description: 'Print machine-readable JSON instead of text.',
  },
];

/** Numbers the troubleshooting pages quote, from the same defaults. */
export const submitterDefaults = {
  maxRetries: defaults.retry.maxRetries,
  retryMaxTotalMinutes: defaults.retry.maxTotalMs / 60_000,
  timeoutSeconds: defaults.timeoutMs / 1000,
  auditRetentionDays: defaults.auditRetentionDays,
  maxBatchSize,
};
