// Business rule `closure-not-before-referral`: an episode does not close before its referral date. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const closureNotBeforeReferral: RecordRule = {
  id: 'closure-not-before-referral',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      const start = realDate(episode.referral_date);
      const end = realDate(episode.closure_date);
      if (start !== undefined && end !== undefined && end < start) {
        report(`/social_care_episodes/${e}/closure_date`, { start, end });
      }
    });
  },
};
