// What D2I's staging builder (populate_ssd_api_data_staging.sql, version 0.4.8, read in August 2026) does
// for a field, where an analyst needs it to reconcile counts. These are D2I's choices, not DfE rules, so
// they live here rather than in the validator's spec data. Runs at build time (Astro) and in tests.

export const builderNotes: Readonly<Record<string, string>> = {
  la_child_id:
    'The SSD person ID (ssd_person.pers_person_id), cut to 20 characters without warning if it is longer.',
  mis_child_id: 'The SSD legacy ID (ssd_person.pers_legacy_id).',
  'child_details.ethnicity': 'The first 4 characters of the SSD value, with spaces trimmed.',
  'child_details.disabilities':
    'Codes upper-cased, cut to 4 characters and listed once each. A child with no disability recorded gets ["NONE"], unborn children too.',
  'child_details.postcode': 'From the address with the latest start date.',
  'child_details.uasc_flag':
    'True when an immigration status of U ends on or after the start of the window, or has no end date.',
  social_care_episodes:
    'One episode for each referral (ssd_cin_episodes) open at some point in the window, in order of referral date.',
  'social_care_episodes[].referral_no_further_action_flag':
    'Y, T, 1 and TRUE become true; N, F, 0 and FALSE become false; anything else is left out.',
  'social_care_episodes[].care_worker_details':
    'Only for referrals that have a child in need plan. Only involvements with the role CW, a social worker registration number, and open on a 31 March census date inside the window. Newest first. The same worker can appear in several episodes.',
  'social_care_episodes[].care_worker_details[].worker_id':
    'The social worker registration number (ssd_professionals.prof_social_worker_registration_no), not the staff ID.',
  'social_care_episodes[].child_and_family_assessments':
    'Every assessment on the referral, including any that started before the window.',
  'social_care_episodes[].section_47_assessments':
    'Enquiries on the referral that were open in the window, or whose ICPC fell in it. If an enquiry has several conferences, the latest one’s date is used.',
  'social_care_episodes[].child_looked_after_placements':
    'Placements of the looked-after episodes linked to the referral, in order of start date.',
  'social_care_episodes[].adoption':
    'Built once per child from the latest permanence record, then repeated in every episode of that child. Count children, not adoption blocks.',
  'social_care_episodes[].care_leavers':
    'Built once per child from the latest care leaver contact, then repeated in every episode of that child. Count children, not care leaver blocks.',
};
