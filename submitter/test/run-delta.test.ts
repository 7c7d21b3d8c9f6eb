// Delta runs against the mock API: new, changed and unchanged children, a removed child, a removed
// sub-record, an ignored volatile field, and the guard against a truncated extract.
import { describe, expect, it } from 'vitest';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChild, makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

type Child = Record<string, unknown> & {
  child_details: Record<string, unknown>;
  social_care_episodes: Record<string, unknown>[];
};

async function run(records: Record<string, unknown>[], extra: string[] = []) {
  const input = harness().writeInput('snapshot.json', records);
  const result = await harness().cli(['run', '--input', input, '--json', '--mode', 'delta', ...extra]);
  return { ...result, summary: JSON.parse(result.stdout) as Record<string, unknown> };
}

/** What the mock received in the last run, by child. */
function receivedSince(count: number): Map<string, Record<string, unknown>> {
  return new Map(
    harness()
      .mock.received.slice(count)
      .map((r) => [r.laChildId, r.record]),
  );
}

describe('csc-api run --mode delta', () => {
  it('sends new and changed children whole, skips unchanged ones and deletes a removed child', async () => {
    const day1 = makeChildren(10);
    expect((await run(day1)).summary).toMatchObject({ sent: 10 });
    const before = harness().mock.received.length;

    const day2 = makeChildren(10).filter((child) => child.la_child_id !== 'C000003') as Child[];
    (day2[0] as Child).child_details.surname = 'Changed';
    day2.push(makeChild(11) as Child);
    const { code, summary } = await run(day2, ['--max-vanished-share', '0.2']);
    expect(code).toBe(0);
    expect(summary).toMatchObject({
      unchanged: 8,
      planned: { full: 2, partial: 0, delete: 1 },
      sent: 2,
      deleted: 1,
    });
    const sent = receivedSince(before);
    expect([...sent.keys()].sort()).toEqual(['C000001', 'C000003', 'C000011']);
    expect(sent.get('C000001')).toEqual(day2[0]);
    expect(sent.get('C000003')).toEqual({ la_child_id: 'C000003', purge: true });
    expectInvariant(
      harness(),
      [...day1, ...day2].map((c) => c.la_child_id as string),
    );

    // A third identical day sends nothing at all.
    const third = await run(day2);
    expect(third.summary).toMatchObject({ unchanged: 10, sent: 0, deleted: 0 });
    expect(harness().mock.received.length).toBe(before + 3);
  });

  it('with --partial sends the changes plus identifiers and purges a removed sub-record', async () => {
    const day1 = makeChildren(3) as Child[];
    const episode = (day1[1] as Child).social_care_episodes[0] as Record<string, unknown>;
    episode.child_in_need_plans = [
      { child_in_need_plan_id: 'P2a', start_date: '2024-06-01', purge: false },
      { child_in_need_plan_id: 'P2b', start_date: '2024-08-01', purge: false },
    ];
    await run(day1);
    const before = harness().mock.received.length;

    const day2 = structuredClone(day1);
    (day2[0] as Child).child_details.surname = 'Changed';
    ((day2[1] as Child).social_care_episodes[0] as Record<string, unknown>).child_in_need_plans = [
      { child_in_need_plan_id: 'P2a', start_date: '2024-06-01', purge: false },
    ];
    const { summary } = await run(day2, ['--partial']);
    expect(summary).toMatchObject({ unchanged: 1, planned: { full: 0, partial: 2, delete: 0 }, sent: 2 });
    const sent = receivedSince(before);
    expect(sent.get('C000001')).toEqual({
      la_child_id: 'C000001',
      mis_child_id: 'MIS1',
      child_details: { surname: 'Changed' },
    });
    expect(sent.get('C000002')).toEqual({
      la_child_id: 'C000002',
      mis_child_id: 'MIS2',
      social_care_episodes: [
        {
          social_care_episode_id: 'E2',
          child_in_need_plans: [{ child_in_need_plan_id: 'P2b', purge: true }],
        },
      ],
    });

    // What counts as sent is the whole record, so the next day compares with it.
    const again = await run(day2, ['--partial']);
    expect(again.summary).toMatchObject({ unchanged: 3, sent: 0 });
  });

  it('ignores a field that changes without meaning', async () => {
    const day1 = makeChildren(4) as Child[];
    await run(day1);
    const day2 = structuredClone(day1);
    for (const child of day2) child.child_details.postcode = 'ZZ9 9ZZ';
    const ignored = await run(day2, ['--ignore-field', 'child_details.postcode']);
    expect(ignored.summary).toMatchObject({ unchanged: 4, sent: 0 });
    const noticed = await run(day2);
    expect(noticed.summary).toMatchObject({ unchanged: 0, sent: 4 });
  });

  it('refuses to delete when too many children vanish at once, unless confirmed', async () => {
    const day1 = makeChildren(40);
    await run(day1);
    const before = harness().mock.received.length;
    const truncated = day1.slice(0, 30);
    const refused = await run(truncated);
    expect(refused.code).toBe(2);
    expect(String(refused.summary.stopped)).toContain(
      '10 of the 40 children the DfE holds (25%) are missing',
    );
    expect(harness().mock.received.length).toBe(before);

    const confirmed = await run(truncated, ['--confirm-deletions']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.summary).toMatchObject({ deleted: 10, unchanged: 30 });
    expectInvariant(
      harness(),
      day1.map((c) => c.la_child_id as string),
    );

    // A small share (within the limit) goes without confirmation.
    const small = await run(truncated.slice(0, 29), ['--max-vanished-share', '0.05']);
    expect(small.summary).toMatchObject({ deleted: 1 });
  });

  it('writes what it would send in a dry run and neither sends nor records anything', async () => {
    const day1 = makeChildren(5);
    await run(day1);
    const before = harness().mock.requests.length;
    const day2 = structuredClone(day1) as Child[];
    (day2[0] as Child).child_details.surname = 'Changed';
    const dry = await run(day2, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.summary).toMatchObject({ dryRun: true, unchanged: 4, planned: { full: 1 }, requests: 1 });
    expect(harness().mock.requests.length).toBe(before);
    const real = await run(day2);
    expect(real.summary).toMatchObject({ sent: 1 });
  });
});
