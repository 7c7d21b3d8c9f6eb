import { describe, expect, it } from 'vitest';
import { type FieldChange, fieldChanges, maskChange } from './field-changes.ts';

const before = {
  la_child_id: 'C1',
  child_details: {
    first_name: 'Alex',
    surname: 'Ashdown',
    postcode: 'AB1 2CD',
    disabilities: ['HAND', 'VIS'],
  },
  social_care_episodes: [
    { social_care_episode_id: 'E1', referral_date: '2024-05-01' },
    { social_care_episode_id: 'E2', referral_date: '2024-06-01' },
  ],
};

describe('fieldChanges', () => {
  it('lists changed, added and removed values, matching list items by their id whatever their order', () => {
    const after = structuredClone(before) as typeof before & { adoption?: unknown };
    after.child_details.surname = 'Brook';
    after.child_details.disabilities = ['VIS', 'HAND'];
    after.social_care_episodes = [
      { social_care_episode_id: 'E3', referral_date: '2025-01-01' },
      { social_care_episode_id: 'E1', referral_date: '2024-05-02' },
    ];
    expect(fieldChanges(before, after)).toEqual<FieldChange[]>([
      { path: 'child_details.surname', field: 'surname', before: '"Ashdown"', after: '"Brook"' },
      {
        path: 'social_care_episodes[E1].referral_date',
        field: 'referral_date',
        before: '"2024-05-01"',
        after: '"2024-05-02"',
      },
      {
        path: 'social_care_episodes[E2].social_care_episode_id',
        field: 'social_care_episode_id',
        before: '"E2"',
        after: null,
      },
      {
        path: 'social_care_episodes[E2].referral_date',
        field: 'referral_date',
        before: '"2024-06-01"',
        after: null,
      },
      {
        path: 'social_care_episodes[E3].social_care_episode_id',
        field: 'social_care_episode_id',
        before: null,
        after: '"E3"',
      },
      {
        path: 'social_care_episodes[E3].referral_date',
        field: 'referral_date',
        before: null,
        after: '"2025-01-01"',
      },
    ]);
  });

  it('finds nothing between a record and itself reordered', () => {
    const reordered = { ...before, social_care_episodes: [...before.social_care_episodes].reverse() };
    reordered.child_details = { ...before.child_details, disabilities: ['VIS', 'HAND'] };
    expect(fieldChanges(before, reordered)).toEqual([]);
  });
});

describe('maskChange', () => {
  it('hides identifying values, also inside a block that was added, unless the user opts in', () => {
    const changes = fieldChanges(
      { la_child_id: 'C1' },
      { la_child_id: 'C1', child_details: { first_name: 'Sam', sex: 'F' } },
    );
    expect(changes.map((change) => maskChange(change, false))).toEqual([
      { path: 'child_details.first_name', field: 'first_name', before: null, after: '[hidden]' },
      { path: 'child_details.sex', field: 'sex', before: null, after: '"F"' },
    ]);
    expect(maskChange(changes[0] as FieldChange, true).after).toBe('"Sam"');
  });
});
