// Business rule `closure-not-before-referral`: an episode does not close before its referral date. Runs anywhere.
import { datesOutOfOrder } from '../dates.ts';
import { firstEpisode } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const closureNotBeforeReferral: RecordRule<
  'closure-not-before-referral',
  { start: string; end: string }
> = {
  id: 'closure-not-before-referral',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Episode closes before its referral',
  message: 'The episode closes on {end}, before its referral date {start}.',
  hint: 'Check the closure date and the referral date.',
  fault: {
    name: 'closure-before-referral',
    change(record) {
      const e = firstEpisode(record);
      e.referral_date = '2025-01-10';
      e.closure_date = '2024-11-01';
      e.closure_reason = 'RC8';
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const dates = datesOutOfOrder(episode.referral_date, episode.closure_date);
      if (dates) report(`/social_care_episodes/${e}/closure_date`, dates);
    }
  },
};
