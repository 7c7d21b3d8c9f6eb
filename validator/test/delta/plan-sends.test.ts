import { describe, expect, it } from 'vitest';
import { hashRecord } from '../../src/delta/hash-record.ts';
import { type KnownChild, type PlanInput, planSends } from '../../src/delta/plan-sends.ts';

const record = (id: string, surname = 'Example', postcode = 'AB1 2CD') => ({
  la_child_id: id,
  child_details: { surname, postcode },
});

function inputFor(
  today: ReturnType<typeof record>[],
  held: ReturnType<typeof record>[],
  overrides: Partial<PlanInput> = {},
): PlanInput {
  const ignored = overrides.ignored ?? new Set<string>();
  const sent = new Map(held.map((r) => [r.la_child_id, r]));
  const known = new Map<string, KnownChild>(
    held.map((r) => [
      r.la_child_id,
      { laChildId: r.la_child_id, status: 'sent', sentHash: hashRecord(r, ignored), sentRunId: 1 },
    ]),
  );
  return {
    mode: 'delta',
    partial: false,
    ignored,
    children: today.map((r) => ({ laChildId: r.la_child_id, record: r })),
    presentIds: new Set(today.map((r) => r.la_child_id)),
    known,
    resumedRunIds: new Set(),
    sentRecord: (id) => JSON.stringify(sent.get(id) ?? null),
    ...overrides,
  };
}

describe('planSends in delta mode', () => {
  it('sends new and changed children whole, nothing for unchanged ones, and a deletion for a removed one', () => {
    const plan = planSends(
      inputFor([record('A'), record('B', 'Changed'), record('D')], [record('A'), record('B'), record('C')]),
    );
    expect(plan.unchanged).toEqual(['A']);
    expect(plan.sends.map((s) => [s.laChildId, s.kind])).toEqual([
      ['B', 'full'],
      ['D', 'full'],
      ['C', 'delete'],
    ]);
    expect(JSON.parse(plan.sends[2]?.payload ?? '')).toEqual({ la_child_id: 'C', purge: true });
    expect(plan.vanished).toEqual(['C']);
    expect(plan.held).toBe(3);
  });

  it('sends only the changes with --partial', () => {
    const plan = planSends(inputFor([record('B', 'Changed')], [record('B')], { partial: true }));
    expect(plan.sends[0]?.kind).toBe('partial');
    expect(JSON.parse(plan.sends[0]?.payload ?? '')).toEqual({
      la_child_id: 'B',
      child_details: { surname: 'Changed' },
    });
  });

  it('treats a change to an ignored field alone as unchanged', () => {
    const plan = planSends(
      inputFor([record('A', 'Example', 'ZZ9 9ZZ')], [record('A')], {
        ignored: new Set(['child_details.postcode']),
      }),
    );
    expect(plan.unchanged).toEqual(['A']);
    expect(plan.sends).toEqual([]);
  });

  it('does not count key order or array order as a change', () => {
    const held = { la_child_id: 'A', child_details: { disabilities: ['HAND', 'VIS'], surname: 'X' } };
    const today = { child_details: { surname: 'X', disabilities: ['VIS', 'HAND'] }, la_child_id: 'A' };
    expect(hashRecord(today, new Set())).toBe(hashRecord(held, new Set()));
  });

  it('sends whole, or purges, a child whose last send had an unknown outcome, whatever it was confirmed as', () => {
    const input = inputFor([record('A'), record('B')], [record('A'), record('B'), record('C')], {
      partial: true,
    });
    const unknown = new Map<string, KnownChild>(
      [...input.known].map(([id, child]) => [id, { ...child, status: 'failed' }]),
    );
    for (const id of ['A', 'C'])
      unknown.set(id, { ...(unknown.get(id) as KnownChild), outcomeUnknown: true });
    // D's only send had an unknown outcome: no confirmed record, but the DfE may hold it.
    unknown.set('D', {
      laChildId: 'D',
      status: 'failed',
      sentHash: null,
      sentRunId: null,
      outcomeUnknown: true,
    });
    const plan = planSends({ ...input, known: unknown });
    expect(plan.unchanged).toEqual(['B']);
    expect(plan.sends.map((s) => [s.laChildId, s.kind])).toEqual([
      ['A', 'full'],
      ['C', 'delete'],
      ['D', 'delete'],
    ]);
    expect(plan.held).toBe(4);
  });

  it('does not delete a child that is present but has errors today', () => {
    const input = inputFor([], [record('A')]);
    const plan = planSends({ ...input, presentIds: new Set(['A']) });
    expect(plan.vanished).toEqual([]);
  });
});

describe('planSends in full mode', () => {
  it('sends every valid child, except those a resumed run already confirmed unchanged', () => {
    const input = inputFor([record('A'), record('B', 'Changed'), record('C')], [record('A'), record('B')], {
      mode: 'full',
      resumedRunIds: new Set([1]),
    });
    const plan = planSends(input);
    expect(plan.unchanged).toEqual(['A']);
    expect(plan.sends.map((s) => s.laChildId)).toEqual(['B', 'C']);
    expect(planSends({ ...input, resumedRunIds: new Set() }).sends.map((s) => s.laChildId)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });
});
