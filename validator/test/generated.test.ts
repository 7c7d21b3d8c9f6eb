// Generated data: clean under every supported version, deterministic, and using every code set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, sampleWithProblems } from '../src/generate/index.ts';
import { collectionYear, validate } from '../src/index.ts';
import { codeSets, supportedSpecVersions } from '../src/spec/index.ts';

const today = new Date('2026-11-26T10:00:00Z');

// Generated records read loosely: the test only looks at values it knows are there.
// biome-ignore lint/suspicious/noExplicitAny: a test reading generated JSON by field name.
type Loose = Record<string, any>;

describe.each(supportedSpecVersions)('generated records for %s', (spec) => {
  it.each([1, 2, 3, 1234, 4_294_967_295])('seed %i has no findings at all', (seed) => {
    const records = generate({ count: 100, seed, specVersion: spec, today });
    const report = validate(records, { spec, today });
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({
      records: 100,
      children: 100,
      errors: 0,
      warnings: 0,
      outcome: 'no-errors',
    });
  });
});

describe('generated records for any seed and day', () => {
  it('have no errors under every supported version', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_294_967_295 }),
        fc.date({
          min: new Date('2024-01-01T12:00:00Z'),
          max: new Date('2032-12-31T12:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...supportedSpecVersions),
        (seed, day, spec) => {
          const report = validate(generate({ count: 25, seed, specVersion: spec, today: day }), {
            spec,
            today: day,
          });
          expect(report.findings).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('generate', () => {
  it('gives the same records for the same seed and day, and different ones for another seed', () => {
    const a = generate({ count: 20, seed: 5, today });
    expect(generate({ count: 20, seed: 5, today })).toEqual(a);
    expect(generate({ count: 20, seed: 6, today })).not.toEqual(a);
  });

  it('stays clean on other days, including a leap day', () => {
    for (const day of ['2024-02-29', '2027-04-01', '2030-03-31']) {
      const when = new Date(`${day}T12:00:00Z`);
      expect(validate(generate({ count: 60, seed: 8, today: when }), { today: when }).findings).toEqual([]);
    }
  });

  it('uses every code of every code set', () => {
    const records = generate({ count: 600, seed: 2, today });
    const used = new Map<string, Set<string>>();
    const add = (set: string, value: unknown) => {
      if (typeof value !== 'string') return;
      used.set(set, (used.get(set) ?? new Set()).add(value));
    };
    for (const r of records as Loose[]) {
      const d = r.child_details ?? {};
      add('sex', d.sex);
      add('ethnicity', d.ethnicity);
      add('upn_unknown_reason', d.unique_pupil_number_unknown_reason);
      for (const code of d.disabilities ?? []) add('disability', code);
      if (d.unique_pupil_number) add('la_codes', d.unique_pupil_number.slice(1, 4));
      for (const e of r.social_care_episodes ?? []) {
        add('referral_source', e.referral_source);
        add('closure_reason', e.closure_reason);
        for (const a of e.child_and_family_assessments ?? [])
          for (const code of a.factors ?? []) add('assessment_factors', code);
        for (const p of e.child_looked_after_placements ?? []) {
          add('reason_new_episode', p.start_reason);
          add('placement_type', p.placement_type);
          add('reason_episode_ceased', p.end_reason);
          add('reason_placement_change', p.change_reason);
        }
        add('care_leaver_activity', e.care_leavers?.activity);
        add('care_leaver_accommodation', e.care_leavers?.accommodation);
      }
    }
    const year = collectionYear(today.toISOString().slice(0, 10));
    for (const [name, set] of Object.entries(codeSets)) {
      if (name === 'sdq_score') continue;
      const expected = set.codes
        .filter((c) => !c.superseded && c.current !== false)
        .filter((c) => c.validTo === undefined || c.validTo >= year || name !== 'placement_type')
        .map((c) => c.code);
      expect([...(used.get(name) ?? [])].sort(), name).toEqual(expect.arrayContaining(expected));
    }
  });

  it('makes unborn children, care leavers, UASC children, adoptions and every kind of episode item', () => {
    const records = generate({ count: 200, seed: 4, today }) as Loose[];
    const has = (pick: (r: Loose) => unknown) => records.some((r) => Boolean(pick(r)));
    expect(has((r) => r.child_details.expected_date_of_birth)).toBe(true);
    expect(has((r) => r.child_details.uasc_flag === true)).toBe(true);
    expect(has((r) => r.child_details.uasc_end_date)).toBe(true);
    expect(has((r) => r.child_details.former_unique_pupil_number)).toBe(true);
    expect(has((r) => r.health_and_wellbeing?.sdq_assessments?.length)).toBe(true);
    for (const block of [
      'care_worker_details',
      'child_and_family_assessments',
      'child_in_need_plans',
      'section_47_assessments',
      'child_protection_plans',
      'child_looked_after_placements',
      'adoption',
      'care_leavers',
    ]) {
      expect(
        has((r) => r.social_care_episodes.some((e: Record<string, unknown>) => e[block])),
        block,
      ).toBe(true);
    }
    expect(
      has((r) =>
        r.social_care_episodes.some((e: Record<string, unknown>) => e.referral_no_further_action_flag),
      ),
    ).toBe(true);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => generate({ count: -1 })).toThrow(RangeError);
    expect(() => generate({ count: 1.5 })).toThrow(RangeError);
  });
});

describe('sampleWithProblems', () => {
  it('has one typical problem in each of its first records', () => {
    const report = validate(sampleWithProblems({ today }), { today });
    const errorRecords = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.record));
    expect(errorRecords.size).toBeGreaterThanOrEqual(8);
    expect(report.summary.errors).toBeGreaterThan(0);
  });
});
