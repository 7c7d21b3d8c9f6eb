// The submitter's settings: one typed shape, with the defaults applied in one place. Runs in Node.

export type RunMode = 'full' | 'delta';

export interface Credentials {
  /** Base URL from the DfE portal, without a trailing slash. */
  apiEndpoint: string;
  /** OAuth token URL, for example https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token. */
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  /** Always ends in `/.default`. */
  scope: string;
  supplierKey: string;
}

export interface RetrySettings {
  /** Attempts after the first, per request. */
  maxRetries: number;
  /** First backoff delay; each retry doubles it, with jitter. */
  baseDelayMs: number;
  /** Longest single wait, including a Retry-After the API asks for. */
  maxDelayMs: number;
  /** Longest total time spent waiting to retry one request. */
  maxTotalMs: number;
}

export interface Settings {
  credentials: Credentials | null;
  /** Three digits, zero-padded, for example `201`. */
  laCode: string | null;
  /** Records per request, 1 to 100. */
  batchSize: number;
  /** Per-request timeout. */
  timeoutMs: number;
  retry: RetrySettings;
  input: string | null;
  statePath: string;
  auditDir: string;
  auditRetentionDays: number;
  mode: RunMode;
  partial: boolean;
  /** Field paths (dotted, array positions left out) that are ignored when comparing with what was sent. */
  ignoreFields: string[];
  /** Share of previously sent children that may vanish from a snapshot before deletions need confirming. */
  maxVanishedShare: number;
  /** Seconds before expiry at which a cached token is replaced. */
  tokenRefreshMarginSeconds: number;
}

export const defaults = {
  batchSize: 100,
  timeoutMs: 30_000,
  retry: { maxRetries: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, maxTotalMs: 300_000 },
  statePath: 'csc-api-state.sqlite',
  auditDir: 'csc-api-audit',
  auditRetentionDays: 90,
  mode: 'full',
  maxVanishedShare: 0.05,
  tokenRefreshMarginSeconds: 120,
} as const;

/** The DfE accepts at most this many records in one request. */
export const maxBatchSize = 100;
