// Synthetic child records for tests and benchmarks: made-up identifiers and names, never real data.

export function makeChild(index: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    la_child_id: `C${String(index).padStart(6, '0')}`,
    mis_child_id: `MIS${index}`,
    child_details: {
      unique_pupil_number_unknown_reason: 'UN1',
      first_name: 'Alex',
      surname: `Example${index}`,
      date_of_birth: '2015-03-15',
      sex: index % 2 === 0 ? 'M' : 'F',
      ethnicity: 'WBRI',
      disabilities: ['NONE'],
      postcode: 'AB1 2CD',
      uasc_flag: false,
      purge: false,
    },
    social_care_episodes: [
      {
        social_care_episode_id: `E${index}`,
        referral_date: '2024-05-01',
        referral_source: '1A',
        referral_no_further_action_flag: false,
        child_in_need_plans: [
          { child_in_need_plan_id: `P${index}a`, start_date: '2024-06-01', purge: false },
        ],
        purge: false,
      },
    ],
    purge: false,
    ...overrides,
  };
}

export function makeChildren(count: number, start = 1): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, offset) => makeChild(start + offset));
}
