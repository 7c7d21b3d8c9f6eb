// Business rule `nfa-referral-with-activity`: a referral with no further action has no assessments, plans or placements. Runs anywhere.
import { firstAssessment, firstEpisode } from '../faults/record-parts.ts';
import { isObject, listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const activityLists: [string, string][] = [
  ['child_and_family_assessments', 'assessments'],
  ['child_in_need_plans', 'child in need plans'],
  ['section_47_assessments', 'section 47 enquiries'],
  ['child_protection_plans', 'child protection plans'],
  ['child_looked_after_placements', 'placements'],
];

export const nfaReferralWithActivity: RecordRule<'nfa-referral-with-activity', { activity: string }> = {
  id: 'nfa-referral-with-activity',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'No further action, but activity',
  message: 'The referral is marked no further action, but the episode has {activity}.',
  hint: 'Check referral_no_further_action_flag: it should be false when the referral led to assessments or plans.',
  fault: {
    name: 'nfa-with-activity',
    change(record) {
      firstEpisode(record).referral_no_further_action_flag = true;
      firstAssessment(record);
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      if (episode.referral_no_further_action_flag !== true) continue;
      const found = activityLists
        .filter(([list]) => listAt(episode, list).length > 0)
        .map(([, words]) => words);
      if (found.length > 0) {
        report(`/social_care_episodes/${e}/referral_no_further_action_flag`, {
          activity: found.join(' and '),
        });
      }
    }
  },
};
