import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRecordingServer, startRedirectingServer } from '../../test/helpers/recording-server.ts';
import { TokenError } from '../errors.ts';
import { MockDfeApi } from '../mock-api/mock-dfe-api.ts';
import { Redactor } from '../redact/redactor.ts';
import { TokenClient } from './token-client.ts';

let mock: MockDfeApi;
let clock = 0;
beforeEach(async () => {
  clock = Date.parse('2026-01-01T00:00:00Z');
  mock = new MockDfeApi({
    credentials: { clientId: 'id', clientSecret: 'secret-1', supplierKey: 'key' },
    tokenLifetimeSeconds: 600,
    now: () => new Date(clock),
  });
  await mock.listen();
});
afterEach(async () => {
  await mock.close();
});

function client(
  secret = 'secret-1',
  redactor = new Redactor(),
  tokenEndpoint = mock.endpoints.tokenEndpoint,
) {
  return new TokenClient({
    credentials: {
      ...mock.endpoints,
      tokenEndpoint,
      clientId: 'id',
      clientSecret: secret,
      scope: 'api://x/.default',
      supplierKey: 'key',
    },
    fetch: globalThis.fetch,
    now: () => new Date(clock),
    timeoutMs: 5000,
    refreshMarginSeconds: 120,
    redactor,
  });
}

describe('TokenClient', () => {
  it('reuses a token until shortly before it expires', async () => {
    const tokens = client();
    const first = await tokens.getToken();
    clock += 470_000;
    expect(await tokens.getToken()).toBe(first);
    clock += 20_000;
    expect(await tokens.getToken()).not.toBe(first);
    expect(mock.tokenRequests).toBe(2);
  });

  it('reuses a token that lives for less than the refresh margin, until half its life is over', async () => {
    const shortLived = new MockDfeApi({ tokenLifetimeSeconds: 60, now: () => new Date(clock) });
    await shortLived.listen();
    try {
      const tokens = client('secret-1', new Redactor(), shortLived.endpoints.tokenEndpoint);
      const first = await tokens.getToken();
      for (let request = 0; request < 5; request += 1) {
        clock += 5_000;
        expect(await tokens.getToken()).toBe(first);
      }
      expect(shortLived.tokenRequests).toBe(1);
      clock += 10_000;
      expect(await tokens.getToken()).not.toBe(first);
      expect(shortLived.tokenRequests).toBe(2);
    } finally {
      await shortLived.close();
    }
  });

  it('does not follow a redirect, so the client secret goes nowhere else', async () => {
    const other = await startRecordingServer();
    const redirecting = await startRedirectingServer(307, other.origin);
    try {
      const error = await client('secret-1', new Redactor(), `${redirecting.origin}/token`)
        .getToken()
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ kind: 'rejected', status: 307 });
      expect((error as Error).message).toContain(new URL(other.origin).host);
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
      await redirecting.close();
    }
  });

  it('fetches a new token after invalidate()', async () => {
    const tokens = client();
    const first = await tokens.getToken();
    tokens.invalidate();
    expect(await tokens.getToken()).not.toBe(first);
  });

  it('registers each token with the redactor', async () => {
    const redactor = new Redactor();
    const token = await client('secret-1', redactor).getToken();
    expect(redactor.redact(`Bearer ${token}`)).toBe('Bearer [redacted access token]');
  });

  it('explains a refused client secret without including it', async () => {
    const error = await client('wrong-secret')
      .getToken()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ kind: 'rejected', status: 401 });
    expect((error as Error).message).toContain('Check CLIENT_ID, CLIENT_SECRET, SCOPE and TOKEN_ENDPOINT');
  });
});

describe('TokenClient retries', () => {
  it('tries a busy token endpoint again, and reports one that stays down as unreachable', async () => {
    let calls = 0;
    const flaky: typeof globalThis.fetch = async (input, init) => {
      calls += 1;
      if (calls <= 2) return new Response('busy', { status: 503 });
      return globalThis.fetch(input, init);
    };
    const options = {
      credentials: {
        ...mock.endpoints,
        clientId: 'id',
        clientSecret: 'secret-1',
        scope: 'api://x/.default',
        supplierKey: 'key',
      },
      now: () => new Date(clock),
      timeoutMs: 5000,
      refreshMarginSeconds: 120,
      redactor: new Redactor(),
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 2, maxTotalMs: 100 },
    };
    expect(await new TokenClient({ ...options, fetch: flaky }).getToken()).toMatch(/.{20,}/);
    expect(calls).toBe(3);

    const down: typeof globalThis.fetch = async () => new Response('down', { status: 502 });
    const error = await new TokenClient({ ...options, fetch: down })
      .getToken()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'unreachable', status: 502 });
  });
});
