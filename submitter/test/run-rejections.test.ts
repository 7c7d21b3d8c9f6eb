// `csc-api run` when the DfE rejects or half-answers: 413, 400, unreadable and short receipts, 403,
// and an API that cannot be reached. Each test ends with the invariant and the secret search.
import { describe, expect, it } from 'vitest';
import { StateStore } from '../src/state/state-store.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

const idsOf = (records: Record<string, unknown>[]) => records.map((r) => r.la_child_id as string);

async function runWith(records: Record<string, unknown>[], extra: string[] = []) {
  const input = harness().writeInput('snapshot.json', records);
  const result = await harness().cli(['run', '--input', input, '--json', ...extra]);
  return { ...result, summary: JSON.parse(result.stdout) as Record<string, unknown> };
}

function row(id: string) {
  const store = StateStore.open(harness().statePath);
  try {
    return store.status.children().find((child) => child.la_child_id === id);
  } finally {
    store.close();
  }
}

describe('csc-api run when the DfE rejects a batch', () => {
  it('splits a batch the DfE says is too large (413) until it fits', async () => {
    harness().mock.standing.maxRecords = 30;
    const records = makeChildren(100);
    const { code, summary } = await runWith(records);
    expect(code).toBe(0);
    expect(summary.sent).toBe(100);
    expect(harness().mock.requests.map((r) => [r.status, r.recordCount])).toEqual([
      [413, 100],
      [413, 50],
      [200, 25],
      [200, 25],
      [413, 50],
      [200, 25],
      [200, 25],
    ]);
    expect(harness().mock.receivedCounts().size).toBe(100);
    expectInvariant(harness(), idsOf(records));
  });

  it('isolates the one record a 400 names, sends the rest, and keeps the DfE message against it', async () => {
    harness().mock.standing.rejectChildIds = ['C000042'];
    const records = makeChildren(100);
    const { code, summary } = await runWith(records);
    expect(code).toBe(1);
    expect(summary).toMatchObject({ sent: 99, failed: 1 });
    expect(harness().mock.requests.map((r) => [r.status, r.recordCount])).toEqual([
      [400, 100],
      [200, 99],
      [400, 1],
    ]);
    const failed = row('C000042');
    expect(failed?.status).toBe('failed');
    expect(failed?.last_error).toContain('rejected the batch as malformed (400)');
    expect(failed?.last_error).toContain('rejected by the mock API');
    expectInvariant(harness(), idsOf(records));
  });

  it('tries the first record alone, then halves the rest, when the 400 names no record', async () => {
    harness().mock.queue({
      fault: { type: 'status', status: 400, body: '{"message":"Payload was malformed"}' },
    });
    const records = makeChildren(10);
    const { code } = await runWith(records);
    expect(code).toBe(0);
    expect(harness().mock.requests.map((r) => [r.status, r.recordCount])).toEqual([
      [400, 0],
      [200, 1],
      [200, 5],
      [200, 4],
    ]);
    expectInvariant(harness(), idsOf(records));
  });

  it('does not count an unreadable 200 body as a receipt: records the batch as possibly held and stops', async () => {
    harness().mock.queue({ fault: { type: 'malformed-receipt' } });
    const records = makeChildren(150);
    const { code, summary } = await runWith(records);
    expect(code).toBe(1);
    expect(summary).toMatchObject({ sent: 0, failed: 150 });
    expect(String(summary.stopped)).toContain('no more records are sent without receipts');
    expect(harness().mock.requests).toHaveLength(1);
    const first = row('C000001');
    expect(first?.status).toBe('failed');
    expect(first?.last_error).toMatch(/answered 200 but .* is not a receipt/);
    expect(first?.ambiguous_sends).toBe(1);
    expectInvariant(harness(), idsOf(records));

    // The next run sends them again; the DfE then holds them twice, which the state file shows.
    const again = await runWith(records, ['--mode', 'delta']);
    expect(again.code).toBe(0);
    expect(again.summary).toMatchObject({ sent: 150, unchanged: 0 });
    expect(harness().mock.receivedCounts().get('C000001')).toBe(2);
    expectInvariant(harness(), idsOf(records));
  });

  it('treats a receipt count that does not match the batch as a failure', async () => {
    harness().mock.queue({ fault: { type: 'short-receipt' } });
    const records = makeChildren(20);
    const { code, summary } = await runWith(records);
    expect(code).toBe(1);
    expect(summary).toMatchObject({ sent: 0, failed: 20 });
    expect(row('C000005')?.last_error).toContain('19 receipts for 20 records');
    expectInvariant(harness(), idsOf(records));
  });

  it('accepts a single uuid as the receipt for the whole batch', async () => {
    harness().mock.standing.receiptStyle = 'single-uuid';
    const records = makeChildren(3);
    const { code } = await runWith(records);
    expect(code).toBe(0);
    const receipts = idsOf(records).map((id) => row(id)?.receipt);
    expect(new Set(receipts).size).toBe(1);
    expectInvariant(harness(), idsOf(records));
  });

  it('stops at a 403 with what to check, and marks every unsent record with the reason', async () => {
    harness().mock.standing.forbidden = true;
    const records = makeChildren(250);
    const { code, summary, stderr } = await runWith(records);
    expect(code).toBe(2);
    expect(harness().mock.requests).toHaveLength(1);
    expect(summary.failed).toBe(250);
    expect(String(summary.stopped)).toContain('IP address is on the DfE allow-list');
    expect(stderr).toBe('');
    expect(row('C000250')?.last_error).toContain('Not sent: The DfE refused access (403)');
    expectInvariant(harness(), idsOf(records));
  });

  it('records a batch as possibly held when its retry cannot get a token', async () => {
    // The first attempt is stored but its answer is lost; the retry finds the token expired and the
    // token endpoint down, so the run stops. The batch may be held by the DfE: that must be recorded.
    harness().mock.queue(
      { fault: { type: 'reset', afterStore: true } },
      { fault: { type: 'expire-tokens' } },
    );
    harness().mock.standing.failTokensAfter = 1;
    const records = makeChildren(5);
    const { code, summary } = await runWith(records);
    expect(code).toBe(3);
    expect(summary).toMatchObject({ failed: 5, ambiguous: 5 });
    expect(row('C000001')?.ambiguous_sends).toBe(1);

    harness().mock.standing.failTokensAfter = null;
    const again = await runWith(records);
    expect(again.code).toBe(0);
    expect(harness().mock.receivedCounts().get('C000001')).toBe(2);
    expectInvariant(harness(), idsOf(records));
  });

  it('exits 3 with a clear message when the token endpoint cannot be reached', async () => {
    const records = makeChildren(5);
    const input = harness().writeInput('snapshot.json', records);
    const { code, stdout, stderr } = await harness().cli(['run', '--input', input], {
      TOKEN_ENDPOINT: 'http://127.0.0.1:9/token',
    });
    expect(code).toBe(3);
    expect(stderr).toContain('the token endpoint could not be reached');
    expect(stdout).toContain('Failed:               5');
    expectInvariant(harness(), idsOf(records));
  });
});
