// Sends one batch to the DfE CSC API: token, headers, timeout, retries with backoff, receipt reading.
// It never splits batches or touches state; the pipeline decides what an outcome means. Runs in Node.
import { describeNetworkError, type TokenClient } from '../auth/token-client.ts';
import type { Credentials, RetrySettings } from '../config/settings.ts';
import type { Redactor } from '../redact/redactor.ts';
import { backoffDelay, parseRetryAfter } from './backoff-delay.ts';
import { describeRedirect, isRedirect } from './describe-redirect.ts';
import { parseReceipts, type Receipt } from './parse-receipt.ts';

/** One HTTP request and its answer, as kept in the audit folder. */
export interface Exchange {
  attempt: number;
  startedAt: string;
  durationMs: number;
  status: number | null;
  /** Only the response headers that help diagnose a problem. */
  headers: Record<string, string>;
  body: string;
  error: string | null;
  /** True when the request may have reached the DfE although no answer confirms it. */
  ambiguous: boolean;
  /** How long the client waits before the next attempt, if there is one. */
  retryInMs: number | null;
}

interface OutcomeBase {
  /** Attempts whose outcome was unknown (timeout, reset, 5xx): the DfE may hold those records already. */
  ambiguousAttempts: number;
}

export type BatchOutcome = OutcomeBase &
  (
    | { kind: 'accepted'; receipts: Receipt[] }
    | { kind: 'rejected'; status: number; message: string }
    | { kind: 'too-large'; message: string }
    | { kind: 'forbidden'; message: string }
    | { kind: 'unauthorised'; message: string }
    | { kind: 'unconfirmed'; status: number; message: string }
    | { kind: 'gave-up'; status: number | null; message: string }
    | { kind: 'unexpected'; status: number; message: string }
    /** A 3xx, never followed: the records went to API_ENDPOINT only, which answered with no receipt. */
    | { kind: 'redirected'; status: number; message: string }
  );

export interface DfeClientOptions {
  credentials: Credentials;
  laCode: string;
  tokens: TokenClient;
  fetch: typeof globalThis.fetch;
  now: () => Date;
  timeoutMs: number;
  retry: RetrySettings;
  redactor: Redactor;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const keptHeaders = [
  'content-type',
  'location',
  'retry-after',
  'date',
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'x-ms-request-id',
];

export const userAgent = 'csc-api (Data to Insight reference submitter)';

export function childrenUrl(apiEndpoint: string, laCode: string): string {
  return `${apiEndpoint}/children_social_care_data/${laCode}/children`;
}

export class DfeClient {
  readonly #options: DfeClientOptions;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(options: DfeClientOptions) {
    this.#options = options;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get url(): string {
    return childrenUrl(this.#options.credentials.apiEndpoint, this.#options.laCode);
  }

  /** `body` is the exact JSON text to send (a JSON array of `recordCount` records). */
  async postBatch(
    body: string,
    recordCount: number,
    onExchange: (exchange: Exchange) => void,
  ): Promise<BatchOutcome> {
    const { retry, redactor } = this.#options;
    let retries = 0;
    let waitedMs = 0;
    let refreshed = false;
    let ambiguousAttempts = 0;
    for (let attempt = 1; ; attempt += 1) {
      let token: string;
      try {
        token = await this.#options.tokens.getToken();
      } catch (error) {
        // Earlier attempts of this batch may have reached the DfE: the caller must record that.
        // The message is stored and printed, so it is masked here whatever raised it.
        const masked = error as Error;
        masked.message = redactor.redact(masked.message);
        throw Object.assign(masked, { ambiguousAttempts });
      }
      const started = this.#options.now();
      const startedMs = performance.now();
      let status: number | null = null;
      let headers: Record<string, string> = {};
      let text = '';
      let error: string | null = null;
      let ambiguous = false;
      try {
        const response = await this.#options.fetch(this.url, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            SupplierKey: this.#options.credentials.supplierKey,
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'User-Agent': userAgent,
          },
          body,
          // Followed, a redirect would carry the records, token and SupplierKey to whatever host it names.
          redirect: 'manual',
          signal: AbortSignal.timeout(this.#options.timeoutMs),
        });
        status = response.status;
        headers = pickHeaders(response.headers);
        text = await response.text();
      } catch (caught) {
        error = redactor.redact(describeNetworkError(caught));
        ambiguous = mayHaveArrived(caught);
      }
      if (status !== null && status >= 500) ambiguous = true;
      if (ambiguous) ambiguousAttempts += 1;
      const exchange: Exchange = {
        attempt,
        startedAt: started.toISOString(),
        durationMs: Math.round(performance.now() - startedMs),
        status,
        headers,
        body: redactor.redact(text),
        error,
        ambiguous,
        retryInMs: null,
      };
      const base = { ambiguousAttempts };
      const detail = describeBody(exchange.body);

      if (status !== null && isRedirect(status)) {
        onExchange(exchange);
        return {
          ...base,
          kind: 'redirected',
          status,
          message: redactor.redact(
            `${describeRedirect(status, headers.location ?? null, this.url, 'API_ENDPOINT', 'the records, the token and the SupplierKey')} ` +
              'The request reached only the API_ENDPOINT host, which gave no receipt, so the records are recorded as not sent.',
          ),
        };
      }
      if (status === 200) {
        onExchange(exchange);
        const parsed = parseReceipts(text, recordCount, (quoted) => redactor.redact(quoted));
        if (parsed.ok) return { ...base, kind: 'accepted', receipts: parsed.receipts };
        return {
          ...base,
          kind: 'unconfirmed',
          status,
          message: `The DfE answered 200 but ${parsed.problem}.`,
        };
      }
      if (status === 401 && !refreshed) {
        // The token may have expired early or been revoked: one fresh token, one retry.
        onExchange(exchange);
        this.#options.tokens.invalidate();
        refreshed = true;
        continue;
      }
      if (status !== null && status !== 429 && status < 500) {
        onExchange(exchange);
        return { ...finalOutcome(status, detail), ambiguousAttempts };
      }
      const reason =
        status === null ? `no answer (${error})` : `${status}${detail === '' ? '' : ` ${detail}`}`;
      const requested =
        status === 429 || status === 503
          ? parseRetryAfter(headers['retry-after'] ?? null, this.#options.now())
          : null;
      const delay = requested ?? backoffDelay(retries, retry, this.#options.random);
      if (retries >= retry.maxRetries || waitedMs + delay > retry.maxTotalMs) {
        onExchange(exchange);
        const limit =
          retries >= retry.maxRetries
            ? `after ${retries + 1} attempt${retries === 0 ? '' : 's'}`
            : `because the next wait (${Math.round(delay / 1000)} s) would pass the retry time limit`;
        return {
          ...base,
          kind: 'gave-up',
          status,
          message: `The DfE API did not accept the batch ${limit}; last answer: ${reason}.`,
        };
      }
      exchange.retryInMs = delay;
      onExchange(exchange);
      await this.#sleep(delay);
      waitedMs += delay;
      retries += 1;
    }
  }
}

/** Outcomes that end the attempts; the caller fills in the real ambiguous count. */
function finalOutcome(status: number, detail: string): Exclude<BatchOutcome, { kind: 'accepted' }> {
  const said = detail === '' ? '' : ` The DfE said: ${detail}`;
  switch (status) {
    case 400:
      return {
        ambiguousAttempts: 0,
        kind: 'rejected',
        status,
        message: `The DfE rejected the batch as malformed (400).${said}`,
      };
    case 401:
      return {
        ambiguousAttempts: 0,
        kind: 'unauthorised',
        message: `The DfE rejected a fresh token (401).${said} Check CLIENT_ID, CLIENT_SECRET and SCOPE against the DfE portal.`,
      };
    case 403:
      return {
        ambiguousAttempts: 0,
        kind: 'forbidden',
        message:
          `The DfE refused access (403).${said} Check that SUPPLIER_KEY and the OAuth credentials belong to LA code in LA_CODE, ` +
          'that the DfE has set your authority to Active, and that this server’s public IP address is on the DfE allow-list.',
      };
    case 413:
      return {
        ambiguousAttempts: 0,
        kind: 'too-large',
        message: `The DfE said the batch is too large (413).${said}`,
      };
    case 204:
      return {
        ambiguousAttempts: 0,
        kind: 'unconfirmed',
        status,
        message:
          'The DfE answered 204 (no content) with no receipt, so it is not clear whether the records were stored.',
      };
    default:
      return {
        ambiguousAttempts: 0,
        kind: 'unexpected',
        status,
        message: `The DfE answered ${status}, which csc-api does not expect.${said}`,
      };
  }
}

function pickHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of keptHeaders) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

function describeBody(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

/** A refused connection or unknown host never reached the API; a reset or timeout might have. */
function mayHaveArrived(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return !(
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND' ||
    code === 'EAI_AGAIN' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  );
}
