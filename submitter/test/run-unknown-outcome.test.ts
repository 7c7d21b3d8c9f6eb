// Sends whose outcome is unknown (the request timed out after the DfE stored it, or a batch was split
// after such an attempt), then the runs after them, against the mock API on loopback: the submitter
// never assumes the DfE still holds the last *confirmed* record for those children.
import { describe, expect, it } from 'vitest';
import { childRows as readChildRows } from './helpers/child-rows.ts';
import { expectHeldByDfe, purged } from './helpers/expect-held-by-dfe.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChild, makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

async function run(
  records: Record<string, unknown>[],
  extra: string[] = [],
  env: Record<string, string> = {},
) {
  const input = harness().writeInput('snapshot.json', records);
  const result = await harness().cli(['run', '--input', input, '--json', ...extra], env);
  return { ...result, summary: JSON.parse(result.stdout) as Record<string, unknown> };
}

const childRows = () => readChildRows(harness().statePath);

describe('a delta run after sends with an unknown outcome', () => {
  it('sends again, or purges, every child whose last send may have reached the DfE', async () => {
    const day1 = makeChildren(4);
    expect((await run(day1, ['--mode', 'delta'])).summary).toMatchObject({ sent: 4 });

    // Day 2: child 1 changed, child 3 left, child 5 is new. Every request is stored by the DfE but
    // answered after the client's timeout.
    const changed = makeChild(1, { mis_child_id: 'MISCHANGED1' });
    const day2 = [changed, day1[1], day1[3], makeChild(5)] as Record<string, unknown>[];
    harness().mock.queue({ fault: { type: 'delay', ms: 600 }, times: 10 });
    const timedOut = await run(day2, ['--mode', 'delta', '--max-vanished-share', '0.25'], {
      CSC_TIMEOUT: '0.2',
      CSC_MAX_RETRIES: '1',
    });
    expect(timedOut.code).toBe(3);
    expect(timedOut.summary).toMatchObject({ planned: { full: 2, delete: 1 }, sent: 0, ambiguous: 3 });
    expectHeldByDfe(harness().mock, { C000001: changed, C000003: purged('C000003') });
    harness().mock.clearQueue();

    // Day 3: child 1 is back as on day 1, child 3 is back, child 5 has gone. The DfE holds the day-2
    // versions, so all three must be sent. Child 5 counts among the children the DfE may hold: one of
    // five vanished is within a 20% limit.
    const day3 = [day1[0], day1[1], day1[2], day1[3]] as Record<string, unknown>[];
    const next = await run(day3, ['--mode', 'delta', '--max-vanished-share', '0.2']);
    expect(next.code, next.stdout).toBe(0);
    expect(next.summary).toMatchObject({
      unchanged: 2,
      planned: { full: 2, partial: 0, delete: 1 },
      sent: 2,
      deleted: 1,
    });
    expectHeldByDfe(harness().mock, { C000001: day1[0], C000003: day1[2], C000005: purged('C000005') });
    expect(childRows().get('C000005')).toMatchObject({ status: 'deleted' });
    expectInvariant(harness(), ['C000001', 'C000002', 'C000003', 'C000004', 'C000005']);

    // Once confirmed, the same snapshot is unchanged again.
    const quiet = await run(day3, ['--mode', 'delta']);
    expect(quiet.summary).toMatchObject({ unchanged: 4, planned: { full: 0, delete: 0 }, sent: 0 });
  });

  it('sends again a child whose send was interrupted when its record returns to the confirmed version', async () => {
    const day1 = makeChildren(3);
    await run(day1, ['--mode', 'delta']);
    // A 200 without readable receipts: the DfE stored the change, the submitter cannot prove it.
    harness().mock.queue({ fault: { type: 'malformed-receipt' } });
    const changed = makeChild(2, { mis_child_id: 'MISCHANGED2' });
    const unconfirmed = await run([day1[0], changed, day1[2]] as Record<string, unknown>[], [
      '--mode',
      'delta',
    ]);
    expect(unconfirmed.code).toBe(1);
    expectHeldByDfe(harness().mock, { C000002: changed });

    const reverted = await run(day1, ['--mode', 'delta', '--partial']);
    expect(reverted.summary).toMatchObject({ unchanged: 2, planned: { full: 1, partial: 0 }, sent: 1 });
    expectHeldByDfe(harness().mock, { C000002: day1[1] });
    expect(childRows().get('C000002')).toMatchObject({ status: 'sent' });
    expectInvariant(
      harness(),
      day1.map((child) => child.la_child_id as string),
    );
  });
});

describe('a batch split after an attempt with an unknown outcome', () => {
  it('passes the unknown outcome on to the halves, so every child is flagged once', async () => {
    const records = makeChildren(10);
    // The first attempt is stored but the connection drops; the retry is refused as too large.
    harness().mock.queue(
      { fault: { type: 'reset', afterStore: true } },
      { fault: { type: 'status', status: 413 } },
    );
    const { code, summary } = await run(records, ['--batch-size', '10']);
    expect(code).toBe(0);
    expect(summary).toMatchObject({ sent: 10, ambiguous: 10 });
    expect(harness().mock.requests.map((request) => request.status)).toEqual(['reset', 413, 200, 200]);
    for (const row of childRows().values()) expect(row.ambiguous_sends, row.la_child_id).toBe(1);
    expectInvariant(
      harness(),
      records.map((child) => child.la_child_id as string),
    );
  });
});
