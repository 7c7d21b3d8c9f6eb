// `csc-api run` against the mock DfE API on loopback: the happy path and every fault the issue lists.
// Each test ends by checking the invariant and searching every artefact for the secrets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { childRows as readChildRows } from './helpers/child-rows.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChild, makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

const idsOf = (records: Record<string, unknown>[]) => records.map((r) => r.la_child_id as string);

async function runWith(records: Record<string, unknown>[], extra: string[] = []) {
  const input = harness().writeInput('snapshot.json', records);
  return harness().cli(['run', '--input', input, '--json', ...extra]);
}

function summaryOf(stdout: string) {
  return JSON.parse(stdout) as {
    runId: number;
    sent: number;
    failed: number;
    invalid: number;
    ambiguous: number;
    requests: number;
    unchanged: number;
    auditFolder: string;
    stopped: string | null;
    resumedRuns: number[];
    exitCode: number;
  };
}

const childRows = () => readChildRows(harness().statePath);

describe('csc-api run against the mock API', () => {
  it('sends every valid record in batches of up to 100, each with its receipt, and keeps an audit trail', async () => {
    const records = makeChildren(250);
    const { code, stdout } = await runWith(records);
    const summary = summaryOf(stdout);
    expect(code).toBe(0);
    expect(summary).toMatchObject({ sent: 250, failed: 0, invalid: 0, ambiguous: 0, requests: 3 });
    expect(harness().mock.requests.map((r) => r.recordCount)).toEqual([100, 100, 50]);
    expect(harness().mock.tokenRequests).toBe(1);
    const rows = childRows();
    const stored = new Map(harness().mock.received.map((r) => [r.laChildId, r.receipt]));
    for (const id of idsOf(records)) expect(rows.get(id)?.receipt).toBe(stored.get(id));
    const batchFiles = readdirSync(join(summary.auditFolder, 'batches'));
    expect(batchFiles.filter((f) => f.endsWith('-request.json'))).toHaveLength(3);
    const firstRequest = JSON.parse(
      readFileSync(join(summary.auditFolder, 'batches', 'batch-000001-request.json'), 'utf8'),
    );
    expect(firstRequest).toHaveLength(100);
    const response = JSON.parse(
      readFileSync(join(summary.auditFolder, 'batches', 'batch-000001-response-1.json'), 'utf8'),
    );
    expect(response).toMatchObject({
      status: 200,
      attempt: 1,
      headers: { 'content-type': 'application/json' },
    });
    const log = readFileSync(join(summary.auditFolder, 'run-log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(log[0].event).toBe('run-started');
    expect(log.at(-1).event).toBe('run-finished');
    expectInvariant(harness(), idsOf(records));
  });

  it('shows checking and sending progress on a terminal', async () => {
    const input = harness().writeInput('snapshot.json', makeChildren(120));
    let screen = '';
    const terminal = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          screen += chunk.toString();
          done();
        },
      }),
      { isTTY: true },
    );
    const code = await main(['run', '--input', input], {
      stdout: terminal,
      stderr: terminal,
      stdin: process.stdin,
      env: harness().env,
      cwd: harness().dir,
      now: () => new Date(),
      fetch: globalThis.fetch,
    });
    harness().outputs.push(screen);
    expect(code).toBe(0);
    expect(screen).toContain('\rChecking: 120 of 120 (100%)');
    expect(screen).toContain('\rSending: 120 of 120 (100%)');
    expect(screen).toContain('Sent with receipt:    120');
  });

  it('records records the DfE API would reject with their rule ids and does not send them', async () => {
    const records = [
      ...makeChildren(3),
      makeChild(4, { child_details: { sex: 'QQ' } }),
      makeChild(5, { unknown_field: 1 }),
    ];
    const { code, stdout } = await runWith(records);
    expect(code).toBe(1);
    expect(summaryOf(stdout)).toMatchObject({ sent: 3, invalid: 2 });
    expect(harness().mock.received.map((r) => r.laChildId)).toEqual(['C000001', 'C000002', 'C000003']);
    const rows = childRows();
    expect(rows.get('C000004')?.status).toBe('invalid');
    expect(JSON.parse(rows.get('C000004')?.error_rules ?? '[]').length).toBeGreaterThan(0);
    expect(rows.get('C000005')?.last_error).toBeTruthy();
    expectInvariant(harness(), idsOf(records));
  });

  it('waits as long as Retry-After asks after a 429, then sends', async () => {
    harness().mock.queue({ fault: { type: 'status', status: 429, retryAfter: '1' } });
    const records = makeChildren(5);
    const started = performance.now();
    const { code } = await runWith(records);
    expect(code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(harness().mock.requests.map((r) => r.status)).toEqual([429, 200]);
    expectInvariant(harness(), idsOf(records));
  });

  it('retries 500, 502 and 503 with backoff and records the batch as possibly duplicated', async () => {
    harness().mock.queue(
      { fault: { type: 'status', status: 500 } },
      { fault: { type: 'status', status: 502 } },
      { fault: { type: 'status', status: 503 } },
    );
    const records = makeChildren(5);
    const { code, stdout } = await runWith(records);
    expect(code).toBe(0);
    expect(harness().mock.requests.map((r) => r.status)).toEqual([500, 502, 503, 200]);
    expect(summaryOf(stdout)).toMatchObject({ sent: 5, ambiguous: 5 });
    expectInvariant(harness(), idsOf(records));
  });

  it('gives up after the retry limit, marks the records failed with the reason and exits 3', async () => {
    harness().mock.queue({ fault: { type: 'status', status: 503 }, times: 10 });
    const records = makeChildren(150);
    const { code, stdout } = await runWith(records, ['--max-retries', '2']);
    expect(code).toBe(3);
    const summary = summaryOf(stdout);
    expect(summary.stopped).toContain('after 3 attempts');
    expect(summary.failed).toBe(150);
    expect(childRows().get('C000150')?.last_error).toContain('Not sent');
    expectInvariant(harness(), idsOf(records));
  });

  it('retries after a connection reset, before or after the records were stored', async () => {
    harness().mock.queue({ fault: { type: 'reset' } }, { fault: { type: 'reset', afterStore: true } });
    const records = makeChildren(5);
    const { code } = await runWith(records);
    expect(code).toBe(0);
    expect(harness().mock.requests.map((r) => r.status)).toEqual(['reset', 'reset', 200]);
    // The second reset came after the mock stored the records: they are held twice, and recorded so.
    expect(harness().mock.receivedCounts().get('C000001')).toBe(2);
    expect(childRows().get('C000001')?.ambiguous_sends).toBe(2);
    expectInvariant(harness(), idsOf(records));
  });

  it('times out a slow answer and retries', async () => {
    harness().mock.queue({ fault: { type: 'delay', ms: 1500 } });
    const records = makeChildren(5);
    const { code, stdout } = await runWith(records, ['--timeout', '0.3']);
    expect(code).toBe(0);
    expect(summaryOf(stdout).ambiguous).toBe(5);
    const answers = readdirSync(join(summaryOf(stdout).auditFolder, 'batches')).filter((f) =>
      f.includes('-response-'),
    );
    expect(answers).toHaveLength(2);
    expectInvariant(harness(), idsOf(records));
  });

  it('gets one fresh token when a token stops working mid-run', async () => {
    // The second request finds its token expired: one new token, one retry, and the run goes on.
    harness().mock.queue({ fault: { type: 'delay', ms: 0 } }, { fault: { type: 'expire-tokens' } });
    const records = makeChildren(250);
    const { code } = await runWith(records);
    expect(code).toBe(0);
    expect(harness().mock.tokenRequests).toBe(2);
    expect(harness().mock.requests.map((r) => r.status)).toEqual([200, 401, 200, 200]);
    expectInvariant(harness(), idsOf(records));
  });
});
