// The submitter's settings as the code uses them: typed shapes built from the settings table
// (settings-table.ts) by load-settings.ts. Runs in Node.
import { settingEntry } from './settings-table.ts';

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

export interface ProxySettings {
  httpProxy: string | undefined;
  httpsProxy: string | undefined;
  noProxy: string | undefined;
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

/** Seconds before expiry at which a cached token is replaced: not a setting, the same for every LA. */
export const tokenRefreshMarginSeconds = 120;

const retryDefault = (key: 'maxRetries' | 'retryBaseDelayMs' | 'retryMaxDelayMs' | 'retryMaxTotalMs') =>
  Number(settingEntry(key).default);

/** The retry defaults from the table, for the pages that quote them. */
export const defaults = {
  retry: {
    maxRetries: retryDefault('maxRetries'),
    baseDelayMs: retryDefault('retryBaseDelayMs'),
    maxDelayMs: retryDefault('retryMaxDelayMs'),
    maxTotalMs: retryDefault('retryMaxTotalMs'),
  } satisfies RetrySettings,
};
