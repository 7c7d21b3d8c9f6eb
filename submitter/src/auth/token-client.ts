// Gets OAuth2 client-credentials tokens and reuses one until shortly before it expires. Runs in Node.
import { backoffDelay } from '../client/backoff-delay.ts';
import { describeRedirect, isRedirect } from '../client/describe-redirect.ts';
import type { Credentials, RetrySettings } from '../config/settings.ts';
import { TokenError } from '../errors.ts';
import type { Redactor } from '../redact/redactor.ts';

export interface TokenClientOptions {
  credentials: Credentials;
  fetch: typeof globalThis.fetch;
  now: () => Date;
  timeoutMs: number;
  /** A token is replaced this many seconds before it expires, or half way through a shorter life. */
  refreshMarginSeconds: number;
  redactor: Redactor;
  /** Retries for a busy or unreachable token endpoint; none when left out. */
  retry?: RetrySettings;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const defaultLifetimeSeconds = 3600;

export class TokenClient {
  readonly #options: TokenClientOptions;
  #token: { value: string; refreshAt: number } | null = null;
  #requests = 0;

  constructor(options: TokenClientOptions) {
    this.#options = options;
  }

  /** How many tokens have been requested (for the run log). */
  get requests(): number {
    return this.#requests;
  }

  async getToken(): Promise<string> {
    const now = this.#options.now().getTime();
    if (this.#token !== null && now < this.#token.refreshAt) return this.#token.value;
    this.#token = await this.#fetchToken();
    return this.#token.value;
  }

  /** Forgets the cached token, so the next call fetches a new one (after the API rejects it). */
  invalidate(): void {
    this.#token = null;
  }

  /** Retries a token endpoint that is busy or unreachable (429, 5xx, network), with the API's backoff. */
  async #fetchToken(): Promise<{ value: string; refreshAt: number }> {
    const retry = this.#options.retry;
    let waitedMs = 0;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.#requestToken();
      } catch (error) {
        if (
          !(error instanceof TokenError) ||
          !error.transient ||
          retry === undefined ||
          attempt >= retry.maxRetries
        )
          throw error;
        const delay = backoffDelay(attempt, retry);
        if (waitedMs + delay > retry.maxTotalMs) throw error;
        await (this.#options.sleep ?? defaultSleep)(delay);
        waitedMs += delay;
      }
    }
  }

  async #requestToken(): Promise<{ value: string; refreshAt: number }> {
    const { credentials, redactor } = this.#options;
    this.#requests += 1;
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      scope: credentials.scope,
    });
    let response: Response;
    let text: string;
    try {
      response = await this.#options.fetch(credentials.tokenEndpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: body.toString(),
        // Followed, a redirect would carry CLIENT_SECRET to whatever host it names.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new TokenError(
        'unreachable',
        null,
        redactor.redact(`the token endpoint could not be reached: ${describeNetworkError(error)}`),
      );
    }
    if (isRedirect(response.status)) {
      throw new TokenError(
        'rejected',
        response.status,
        redactor.redact(
          `no token: ${describeRedirect(response.status, response.headers.get('location'), credentials.tokenEndpoint, 'TOKEN_ENDPOINT', 'CLIENT_SECRET')}`,
        ),
      );
    }
    if (response.status === 429 || response.status >= 500) {
      throw new TokenError(
        'unreachable',
        response.status,
        `the token endpoint answered ${response.status}: it is busy or not working. Try again later.`,
      );
    }
    let parsed: Record<string, unknown> = {};
    try {
      const value: unknown = JSON.parse(text);
      if (value !== null && typeof value === 'object') parsed = value as Record<string, unknown>;
    } catch {
      // Not JSON: reported below from the status.
    }
    if (!response.ok || typeof parsed.access_token !== 'string' || parsed.access_token === '') {
      const detail = [parsed.error, parsed.error_description].filter((v) => typeof v === 'string').join(': ');
      throw new TokenError(
        'rejected',
        response.status,
        redactor.redact(
          `the token endpoint answered ${response.status}${detail === '' ? '' : ` (${firstLine(detail)})`} and gave no token. ` +
            'Check CLIENT_ID, CLIENT_SECRET, SCOPE and TOKEN_ENDPOINT against the DfE portal.',
        ),
      );
    }
    const value = parsed.access_token;
    redactor.add('access token', value);
    const lifetime = Number(parsed.expires_in);
    const seconds = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : defaultLifetimeSeconds;
    // A margin longer than the token's life would make every request fetch a new token.
    const margin = Math.min(this.#options.refreshMarginSeconds, seconds / 2);
    return { value, refreshAt: this.#options.now().getTime() + (seconds - margin) * 1000 };
  }
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? '';
}

export function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'no answer before the timeout';
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
    if (cause?.message) return cause.message;
    return error.message;
  }
  return String(error);
}
