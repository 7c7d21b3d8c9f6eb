// The command-line flags that set settings, shared by the commands that talk to the API. Runs in Node.
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Connection settings. Secrets (CLIENT_SECRET, SUPPLIER_KEY) have no flag: command lines are visible to other users. */
export const connectionOptions = {
  'env-file': { type: 'string' },
  'api-endpoint': { type: 'string' },
  'token-endpoint': { type: 'string' },
  'client-id': { type: 'string' },
  scope: { type: 'string' },
  'la-code': { type: 'string' },
  timeout: { type: 'string' },
  'max-retries': { type: 'string' },
  'retry-base-delay': { type: 'string' },
  'retry-max-delay': { type: 'string' },
  'retry-max-total': { type: 'string' },
} satisfies Options;

export const stateOptions = {
  state: { type: 'string' },
  'audit-dir': { type: 'string' },
} satisfies Options;

export const runOptions = {
  ...connectionOptions,
  ...stateOptions,
  input: { type: 'string' },
  'batch-size': { type: 'string' },
  mode: { type: 'string' },
  partial: { type: 'boolean' },
  'hold-on': { type: 'string' },
  'ignore-field': { type: 'string', multiple: true },
  'max-vanished-share': { type: 'string' },
  'confirm-deletions': { type: 'boolean' },
  'audit-retention-days': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
} satisfies Options;

export const connectionUsage = `Connection settings (flag, or environment variable / .env line; flags win):
  --env-file PATH              read settings from this file (default: .env in the current folder)
  --api-endpoint URL           API_ENDPOINT      base URL from the DfE portal
  --token-endpoint URL         TOKEN_ENDPOINT    OAuth token URL from the DfE portal
  --client-id ID               CLIENT_ID         OAuth client ID
                               CLIENT_SECRET     OAuth client secret (environment or .env only)
  --scope SCOPE                SCOPE             OAuth scope; /.default is added when missing
                               SUPPLIER_KEY      subscription key (environment or .env only)
  --la-code NNN                LA_CODE           your 3-digit DfE local authority number
  --timeout SECONDS            CSC_TIMEOUT       per-request timeout (default 30)
  --max-retries N              CSC_MAX_RETRIES   retries per request (default 5)
  --retry-base-delay MS        CSC_RETRY_BASE_DELAY_MS   first backoff delay (default 1000)
  --retry-max-delay MS         CSC_RETRY_MAX_DELAY_MS    longest single wait (default 60000)
  --retry-max-total MS         CSC_RETRY_MAX_TOTAL_MS    longest total wait per request (default 300000)`;

export const stateUsage = `State and audit:
  --state FILE                 CSC_STATE         SQLite state file (default csc-api-state.sqlite)
  --audit-dir DIR              CSC_AUDIT_DIR     audit folder (default csc-api-audit)`;
