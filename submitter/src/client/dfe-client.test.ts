import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRecordingServer, startRedirectingServer } from '../../test/helpers/recording-server.ts';
import { TokenClient } from '../auth/token-client.ts';
import { MockDfeApi } from '../mock-api/mock-dfe-api.ts';
import { Redactor } from '../redact/redactor.ts';
import { DfeClient, type Exchange } from './dfe-client.ts';

let mock: MockDfeApi;
beforeEach(async () => {
  mock = new MockDfeApi();
  await mock.listen();
});
afterEach(async () => {
  await mock.close();
});

function client(apiEndpoint = mock.endpoints.apiEndpoint) {
  const redactor = new Redactor();
  const credentials = {
    ...mock.endpoints,
    apiEndpoint,
    clientId: 'id',
    clientSecret: 'secret',
    scope: 'api://x/.default',
    supplierKey: 'key',
  };
  const tokens = new TokenClient({
    credentials,
    fetch: globalThis.fetch,
    now: () => new Date(),
    timeoutMs: 5000,
    refreshMarginSeconds: 0,
    redactor,
  });
  return new DfeClient({
    credentials,
    laCode: '201',
    tokens,
    fetch: globalThis.fetch,
    now: () => new Date(),
    timeoutMs: 5000,
    retry: { maxRetries: 5, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 1000 },
    redactor,
  });
}

const body = JSON.stringify([{ la_child_id: 'A1' }, { la_child_id: 'A2' }]);

describe('DfeClient.postBatch', () => {
  it('returns one receipt per record and reports each exchange', async () => {
    const exchanges: Exchange[] = [];
    const outcome = await client().postBatch(body, 2, (exchange) => exchanges.push(exchange));
    expect(outcome.kind).toBe('accepted');
    expect(outcome.kind === 'accepted' && outcome.receipts.map((r) => r.token)).toEqual(
      mock.received.map((r) => r.receipt),
    );
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({ attempt: 1, status: 200, ambiguous: false, retryInMs: null });
  });

  it('gives up at once when Retry-After asks for longer than the retry time limit', async () => {
    mock.queue({ fault: { type: 'status', status: 429, retryAfter: '30' } });
    const started = performance.now();
    const outcome = await client().postBatch(body, 2, () => {});
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outcome).toMatchObject({ kind: 'gave-up', status: 429, ambiguousAttempts: 0 });
    expect(outcome.kind === 'gave-up' && outcome.message).toContain(
      'the next wait (30 s) would pass the retry time limit',
    );
  });

  it('does not retry an answer it does not expect', async () => {
    const outcome = await client(`${mock.origin}/wrong`).postBatch(body, 2, () => {});
    expect(outcome).toMatchObject({ kind: 'unexpected', status: 404 });
    expect(mock.requests).toHaveLength(0);
  });

  it('does not follow a redirect even with a fetch that would, and names where it pointed', async () => {
    const other = await startRecordingServer();
    const redirecting = await startRedirectingServer(308, other.origin);
    try {
      const outcome = await client(`${redirecting.origin}/api`).postBatch(body, 2, () => {});
      expect(outcome).toMatchObject({ kind: 'redirected', status: 308, ambiguousAttempts: 0 });
      expect(outcome.kind === 'redirected' && outcome.message).toContain(new URL(other.origin).host);
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
      await redirecting.close();
    }
  });

  it('counts a refused connection as not sent, and a reset as possibly sent', async () => {
    const closed = new MockDfeApi();
    await closed.listen();
    const closedOrigin = closed.origin;
    await closed.close();
    const refused = await client(`${closedOrigin}/api`).postBatch(body, 2, () => {});
    expect(refused).toMatchObject({ kind: 'gave-up', status: null, ambiguousAttempts: 0 });
    mock.queue({ fault: { type: 'reset', afterStore: true } });
    const reset = await client().postBatch(body, 2, () => {});
    expect(reset).toMatchObject({ kind: 'accepted', ambiguousAttempts: 1 });
  });
});
