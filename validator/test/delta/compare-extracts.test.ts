// compareExtracts(): what a full run of the extract last sent, then a delta run of today's, would send.
import { describe, expect, it } from 'vitest';
import { compareExtracts } from '../../src/delta/compare-extracts.ts';
import { planSends } from '../../src/delta/plan-sends.ts';
import { generate } from '../../src/generate/index.ts';

const today = new Date('2026-06-01');
type Child = Record<string, unknown> & { la_child_id: string; child_details: Record<string, unknown> };
const day = (count: number) => generate({ count, seed: 5, today }) as Child[];

describe('compareExtracts', () => {
  it('plans new, changed and vanished children, holding back errors and duplicates without deleting them', () => {
    const previous = day(30);
    const current = structuredClone(day(31)) as Child[];
    const [changed, , vanished, rejected, duplicated] = current as [Child, Child, Child, Child, Child];
    changed.child_details.surname = 'Changed';
    current.splice(current.indexOf(vanished), 1);
    (rejected as Record<string, unknown>).not_a_field = 1;
    current.push(structuredClone(duplicated));

    const result = compareExtracts(previous, current, { today });
    const added = current[29] as Child;
    expect(result.delta.plan.sends.map((send) => [send.laChildId, send.kind])).toEqual([
      [changed.la_child_id, 'full'],
      [added.la_child_id, 'full'],
      [vanished.la_child_id, 'delete'],
    ]);
    expect(result.delta.plan.unchanged).toHaveLength(26);
    expect(result.current.withheld.map((child) => [child.laChildId, child.rules[0]])).toEqual([
      [rejected.la_child_id, 'schema.unknown-field'],
      [duplicated.la_child_id, 'duplicate-la-child-id'],
    ]);
    expect(result.delta.requests).toEqual([
      `[${JSON.stringify(changed)},${JSON.stringify(added)},{"la_child_id":"${vanished.la_child_id}","purge":true}]`,
    ]);
    expect(result.partial.plan.sends[0]).toMatchObject({ kind: 'partial' });
    expect(JSON.parse(result.partial.plan.sends[0]?.payload ?? '')).toEqual({
      la_child_id: changed.la_child_id,
      ...(changed.mis_child_id === undefined ? {} : { mis_child_id: changed.mis_child_id }),
      child_details: { surname: 'Changed' },
    });
    expect(result.vanishedShare).toMatchObject({ vanished: 1, held: 30, allowed: true });

    // The --partial run plans again only the children the delta run sends: the same as planning them all.
    const everyChild = planSends({
      mode: 'delta',
      partial: true,
      ignored: new Set(),
      resumedRunIds: new Set(),
      sentRecord: (id) => result.sentRecords.get(id) ?? null,
      children: result.current.valid,
      presentIds: result.current.presentIds,
      known: result.held,
    });
    expect(result.partial.plan).toEqual(everyChild);
  });

  it('splits the sends into requests of the batch size and judges the vanished share with csc-api’s threshold', () => {
    const previous = day(30);
    const current = previous.slice(3);
    const result = compareExtracts(previous, current, { today, batchSize: 2 });
    expect(result.delta.requests.map((body) => (JSON.parse(body) as unknown[]).length)).toEqual([2, 1]);
    expect(result.vanishedShare).toMatchObject({ vanished: 3, held: 30, maxShare: 0.05, allowed: false });
    expect(compareExtracts(previous, current, { today, maxVanishedShare: 0.1 }).vanishedShare.allowed).toBe(
      true,
    );
  });
});
