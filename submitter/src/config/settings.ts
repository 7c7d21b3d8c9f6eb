// The submitter's settings: one typed shape, with the defaults applied in one place. Runs in Node.
import type { ProxySettings } from './load-proxy-settings.ts';

export type RunMode = 'full' | 'delta';

/**
 * Which findings withhold a record: `rejected`, only what the DfE API would refuse (records with
 * data-quality errors are sent, and listed); `data-quality`, data-quality errors too.
 */
export type HoldOn = 'rejected' | 'data-quality';

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
  holdOn: HoldOn;
  /** Field paths (dotted, array positions left out) that are ignored when comparing with what was sent. */
  ignoreFields: string[];
  /** Share of previously sent children that may vanish from a snapshot before deletions need confirming. */
  maxVanishedShare: number;
  /** Seconds before expiry at which a cached token is replaced (at most half the token's lifetime). */
  tokenRefreshMarginSeconds: number;
  /** How requests leave the machine: from the environment, else the settings file. */
  proxy: ProxySettings;
}

export const defaults = {
  batchSize: 100,
  timeoutMs: 30_000,
  retry: { maxRetries: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, maxTotalMs: 300_000 },
  statePath: 'csc-api-state.sqlite',
  auditDir: 'csc-api-audit',
  auditRetentionDays: 90,
  mode: 'full',
  holdOn: 'rejected',
  maxVanishedShare: 0.05,
  tokenRefreshMarginSeconds: 120,
} as const;

/** The DfE accepts at most this many records in one request. */
export const maxBatchSize = 100;
