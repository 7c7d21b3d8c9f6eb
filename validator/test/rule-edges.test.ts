// Boundaries of the business rules: the last value that passes and the first that fails.
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.ts';

const today = new Date('2026-11-26T10:00:00Z');

function rulesFor(record: Record<string, unknown>, mode: 'full' | 'delta' = 'delta'): string[] {
  return validate([{ la_child_id: 'EDGE1', ...record }], { today, mode }).findings.map((f) => f.rule);
}

const episode = (extra: Record<string, unknown>) => ({
  social_care_episodes: [{ social_care_episode_id: 'E1', referral_date: '2025-01-01', ...extra }],
});
const placement = (extra: Record<string, unknown>) =>
  episode({ child_looked_after_placements: [{ child_looked_after_placement_id: 'P1', ...extra }] });

describe('rule boundaries', () => {
  it('flags UN1 ("under 6") only for a child aged 6 or more on 1 April of the collection year', () => {
    // The collection year for 2026-11-26 starts on 2026-04-01.
    const un1 = (date_of_birth: string) =>
      rulesFor({ child_details: { date_of_birth, unique_pupil_number_unknown_reason: 'UN1' } });
    expect(un1('2020-04-02')).toEqual([]);
    expect(un1('2020-04-01')).toEqual(['un1-child-not-under-6']);
    expect(un1('2016-06-14')).toEqual(['un1-child-not-under-6']);
    const report = validate(
      [
        {
          la_child_id: 'E',
          child_details: { date_of_birth: '2016-06-14', unique_pupil_number_unknown_reason: 'UN1' },
        },
      ],
      { today, mode: 'delta' },
    );
    expect(report.findings[0]).toMatchObject({
      path: '/0/child_details/unique_pupil_number_unknown_reason',
      message:
        'UN1 means a child under 6, but the child was 9 on 2026-04-01, the start of the collection year.',
    });
  });

  it('allows dates up to tomorrow, for time zones, but not later', () => {
    expect(rulesFor(episode({ referral_date: '2026-11-27' }))).toEqual([]);
    expect(rulesFor(episode({ referral_date: '2026-11-28' }))).toEqual(['date-not-in-future']);
    expect(rulesFor({ child_details: { expected_date_of_birth: '2027-03-01', sex: 'U' } })).toEqual([]);
  });

  it('explains a closure reason without a closure date', () => {
    const report = validate([{ la_child_id: 'E', ...episode({ closure_reason: 'RC1' }) }], {
      today,
      mode: 'delta',
    });
    expect(report.findings[0]).toMatchObject({
      rule: 'closure-reason-with-date',
      message: 'The episode has a closure reason but no closure date.',
      path: '/0/social_care_episodes/0/closure_reason',
    });
  });

  it('explains a placement end reason without an end date', () => {
    const report = validate([{ la_child_id: 'E', ...placement({ end_reason: 'E11' }) }], {
      today,
      mode: 'delta',
    });
    expect(report.findings[0]?.message).toBe('The placement has an end reason but no end date.');
  });

  it('counts a child as over 25 only if the 26th birthday is before the window starts', () => {
    // The window for 2026-11-26 starts on 2024-04-01.
    expect(
      rulesFor(
        { child_details: { date_of_birth: '1998-04-01', unique_pupil_number_unknown_reason: 'UN3' } },
        'full',
      ),
    ).toEqual([]);
    expect(
      rulesFor(
        { child_details: { date_of_birth: '1998-03-31', unique_pupil_number_unknown_reason: 'UN3' } },
        'full',
      ),
    ).toEqual(['child-over-25']);
  });

  it('takes care leavers from 16 to 25 at the contact date', () => {
    const leaver = (dob: string, contact: string) => ({
      child_details: { date_of_birth: dob },
      ...episode({ care_leavers: { contact_date: contact } }),
    });
    expect(rulesFor(leaver('2009-06-01', '2025-05-31'))).toEqual(['care-leaver-age']);
    expect(rulesFor(leaver('2009-06-01', '2025-06-01'))).toEqual([]);
    expect(rulesFor(leaver('2000-06-01', '2026-05-31'))).toEqual([]);
    expect(rulesFor(leaver('2000-06-01', '2026-06-01'))).toEqual(['care-leaver-age']);
  });

  it('checks placement types against the collection year the placement started in', () => {
    expect(rulesFor(placement({ start_date: '2025-03-31', placement_type: 'Z1' }))).toEqual([]);
    expect(rulesFor(placement({ start_date: '2025-04-01', placement_type: 'Z1' }))).toEqual([
      'placement-type-valid-in-year',
    ]);
    expect(rulesFor(placement({ start_date: '2025-03-31', placement_type: 'Z11' }))).toEqual([
      'placement-type-valid-in-year',
    ]);
    expect(rulesFor(placement({ start_date: '2024-04-01', placement_type: 'K3' }))).toEqual([]);
  });

  it('accepts SDQ scores 0 and 40, not 41 or -1', () => {
    const sdq = (score: number) => ({
      health_and_wellbeing: { sdq_assessments: [{ date: '2025-01-01', score }] },
    });
    expect(rulesFor(sdq(0))).toEqual([]);
    expect(rulesFor(sdq(40))).toEqual([]);
    expect(rulesFor(sdq(41))).toEqual(['sdq-score-range']);
    expect(rulesFor(sdq(-1))).toEqual(['sdq-score-range']);
    expect(rulesFor(sdq(12.5))).toEqual(['schema.type']);
  });

  it('accepts pseudo-LA numbers in a UPN and ONS pseudo-postcodes', () => {
    // 001 is a pseudo-LA number that CIN rule 1530 allows.
    const body = '001123420001';
    const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
    let total = 0;
    for (let p = 2; p <= 13; p++) total += Number(body.charAt(p - 2)) * p;
    const upn = letters.charAt(total % 23) + body;
    expect(rulesFor({ child_details: { unique_pupil_number: upn, postcode: 'ZZ99 3VZ' } })).toEqual([]);
  });

  it('treats the episode id and each kind of item id separately', () => {
    const record = episode({
      child_in_need_plans: [{ child_in_need_plan_id: 'X1' }],
      child_protection_plans: [{ child_protection_plan_id: 'X1' }],
    });
    expect(rulesFor(record)).toEqual([]);
    const twice = {
      social_care_episodes: [
        { social_care_episode_id: 'E1', child_in_need_plans: [{ child_in_need_plan_id: 'X1' }] },
        { social_care_episode_id: 'E1', child_in_need_plans: [{ child_in_need_plan_id: 'X1' }] },
      ],
    };
    expect(rulesFor(twice)).toEqual(['duplicate-item-id', 'duplicate-item-id']);
  });
});
