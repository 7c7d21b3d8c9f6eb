// The /reference/api page says what csc-api does with each answer from the DfE. These tests send two
// records through the submitter's own batch sender and DfE client, against a fetch that always gives
// that answer, and check the page's claim against what the code does.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditFolder } from '../../../submitter/src/audit/audit-folder.ts';
import type { TokenClient } from '../../../submitter/src/auth/token-client.ts';
import { DfeClient } from '../../../submitter/src/client/dfe-client.ts';
import { defaults } from '../../../submitter/src/config/settings.ts';
import { CscApiError } from '../../../submitter/src/errors.ts';
import { silentProgress } from '../../../submitter/src/output/progress.ts';
import { sendBatches } from '../../../submitter/src/pipeline/send-batches.ts';
import { Redactor } from '../../../submitter/src/redact/redactor.ts';
import { StateStore } from '../../../submitter/src/state/state-store.ts';
import { addressAdvice, environments, statusCodes } from './api-facts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

interface Observed {
  /** Records in each request, in order. */
  requests: number[];
  stopped: boolean;
  confirmed: number;
}

/** Sends two records while the DfE always answers `status`; a 400 names the second record. */
async function sendTwoRecordsAgainst(status: number): Promise<Observed> {
  const auditDir = mkdtempSync(join(tmpdir(), 'api-facts-'));
  folders.push(auditDir);
  const now = () => new Date('2026-11-26T09:00:00Z');
  const redactor = new Redactor();
  const store = StateStore.open(':memory:');
  const { runId } = store.journal.startRun({
    mode: 'full',
    partial: false,
    input: null,
    pid: 1,
    now: now().toISOString(),
  });
  const requests: number[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const count = (JSON.parse(String(init.body)) as unknown[]).length;
    requests.push(count);
    if (status === 200) {
      const receipts = Array.from(
        { length: count },
        (_, i) => `2026-11-26_09:00:00.0${i}_00000000-0000-4000-8000-00000000000${i}.json`,
      );
      return new Response(JSON.stringify(receipts), { status });
    }
    if (status === 204) return new Response(null, { status });
    return new Response(status === 400 ? '{"errors":["$[1].child_details: bad"]}' : 'no', { status });
  }) as typeof globalThis.fetch;
  const tokens = { getToken: async () => 'token', invalidate() {} } as unknown as TokenClient;
  const client = new DfeClient({
    credentials: {
      apiEndpoint: 'https://dfe.example/api',
      tokenEndpoint: 'https://login.example/token',
      clientId: 'id',
      clientSecret: 'secret',
      scope: 'api://x/.default',
      supplierKey: 'key',
    },
    laCode: '201',
    tokens,
    fetch,
    now,
    timeoutMs: 5_000,
    retry: { ...defaults.retry },
    redactor,
    sleep: async () => {},
    random: () => 0.5,
  });
  const sends = ['A1', 'B2'].map((laChildId) => {
    const record = JSON.stringify({ la_child_id: laChildId, purge: false });
    return { laChildId, kind: 'full' as const, record, hash: laChildId, payload: record };
  });
  let stopped = false;
  let confirmed = 0;
  try {
    const tally = await sendBatches(sends, {
      runId,
      batchSize: 2,
      client,
      store,
      audit: AuditFolder.create(auditDir, 'run-1', redactor, now),
      now,
      progress: silentProgress,
    });
    confirmed = tally.confirmed;
  } catch (error) {
    if (!(error instanceof CscApiError)) throw error;
    stopped = true;
  } finally {
    store.close();
  }
  return { requests, stopped, confirmed };
}

/** The statuses a row of the table stands for: `5xx` is checked with the common ones. */
function statusesOf(row: string): number[] {
  return row === '5xx' ? [500, 502, 503, 504] : [Number(row)];
}

describe('what /reference/api says csc-api does with each answer', () => {
  for (const row of statusCodes) {
    for (const status of statusesOf(row.status)) {
      it(`${status}: ${row.handling}`, async () => {
        const observed = await sendTwoRecordsAgainst(status);
        switch (row.handling) {
          case 'record-receipts':
            expect(observed).toEqual({ requests: [2], stopped: false, confirmed: 2 });
            break;
          case 'split-and-resend':
            expect(observed.requests[0]).toBe(2);
            expect(observed.requests.slice(1)).toContain(1);
            break;
          case 'retry-with-backoff':
            expect(observed.requests).toEqual(Array(defaults.retry.maxRetries + 1).fill(2));
            expect(observed.stopped).toBe(true);
            break;
          case 'fresh-token-once':
            expect(observed).toEqual({ requests: [2, 2], stopped: true, confirmed: 0 });
            break;
          case 'stop-run':
            expect(observed).toEqual({ requests: [2], stopped: true, confirmed: 0 });
            break;
          default:
            expect.fail(`no handling stated for ${row.status}`);
        }
      });
    }
  }

  it('states the retry limits the submitter uses by default', () => {
    const retried = statusCodes.filter((row) => row.handling === 'retry-with-backoff');
    expect(retried.map((row) => row.status)).toEqual(['429', '5xx']);
    for (const row of retried) {
      expect(row.submitter).toContain(`${defaults.retry.maxRetries} times`);
      expect(row.submitter).toContain(`${defaults.retry.maxTotalMs / 60_000} minutes`);
    }
  });
});

describe('the API addresses on /reference/api', () => {
  const openApi = JSON.parse(
    readFileSync(new URL('../../../validator/test/dfe-openapi/openapi-1.0.1.json', import.meta.url), 'utf8'),
  ) as { servers: { url: string }[] };

  it('include the address the DfE’s OpenAPI document names, said to be from it', () => {
    const named = environments.find((e) => e.baseUrl === openApi.servers[0]?.url);
    expect(named?.source).toMatch(/OpenAPI/);
  });

  it('say which addresses are confirmed, and send readers to the portal for both', () => {
    for (const e of environments) expect(typeof e.confirmed).toBe('boolean');
    expect(environments.filter((e) => !e.confirmed).length).toBeGreaterThan(0);
    expect(addressAdvice).toMatch(/portal/);
  });
});
