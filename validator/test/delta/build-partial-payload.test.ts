import { describe, expect, it } from 'vitest';
import { buildPartialPayload } from '../../src/delta/build-partial-payload.ts';

const base = {
  la_child_id: 'C1',
  mis_child_id: 'M1',
  child_details: { first_name: 'Alex', surname: 'Example', sex: 'M', postcode: 'AB1 2CD', purge: false },
  social_care_episodes: [
    {
      social_care_episode_id: 'E1',
      referral_date: '2024-05-01',
      child_in_need_plans: [
        { child_in_need_plan_id: 'P1', start_date: '2024-06-01', purge: false },
        { child_in_need_plan_id: 'P2', start_date: '2024-07-01', purge: false },
      ],
      purge: false,
    },
  ],
  purge: false,
};
const clone = () => structuredClone(base);

describe('buildPartialPayload', () => {
  it('sends identifiers plus the changed fields only', () => {
    const current = clone();
    current.child_details.surname = 'Changed';
    expect(buildPartialPayload(base, current, new Set())).toEqual({
      kind: 'partial',
      payload: { la_child_id: 'C1', mis_child_id: 'M1', child_details: { surname: 'Changed' } },
    });
  });

  it('purges a removed sub-record by its id and keeps the ids on its path', () => {
    const current = clone();
    current.social_care_episodes[0]?.child_in_need_plans.pop();
    expect(buildPartialPayload(base, current, new Set())).toEqual({
      kind: 'partial',
      payload: {
        la_child_id: 'C1',
        mis_child_id: 'M1',
        social_care_episodes: [
          {
            social_care_episode_id: 'E1',
            child_in_need_plans: [{ child_in_need_plan_id: 'P2', purge: true }],
          },
        ],
      },
    });
  });

  it('sends a new sub-record whole', () => {
    const current = clone();
    current.social_care_episodes.push({
      social_care_episode_id: 'E2',
      referral_date: '2025-01-01',
      child_in_need_plans: [],
      purge: false,
    });
    const result = buildPartialPayload(base, current, new Set());
    expect(result.kind === 'partial' && result.payload.social_care_episodes).toEqual([
      current.social_care_episodes[1],
    ]);
  });

  it('purges a removed block with its own flag', () => {
    const { child_details: _removed, ...current } = clone();
    const result = buildPartialPayload(base, current, new Set());
    expect(result.kind === 'partial' && result.payload.child_details).toEqual({ purge: true });
  });

  it('falls back to the full record when a field was removed', () => {
    const current = clone();
    delete (current.child_details as Partial<typeof current.child_details>).postcode;
    expect(buildPartialPayload(base, current, new Set())).toEqual({
      kind: 'full',
      reason: 'child_details.postcode was removed, and a partial record cannot clear a field',
    });
  });

  it('leaves out changes to ignored fields', () => {
    const current = clone();
    current.child_details.postcode = 'ZZ9 9ZZ';
    current.child_details.surname = 'Changed';
    expect(buildPartialPayload(base, current, new Set(['child_details.postcode']))).toEqual({
      kind: 'partial',
      payload: { la_child_id: 'C1', mis_child_id: 'M1', child_details: { surname: 'Changed' } },
    });
  });
});
