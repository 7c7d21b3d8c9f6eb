// Business rule `closure-reason-with-date`: a closure reason exactly when there is a closure date. Runs anywhere.
import { firstEpisode } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const closureReasonWithDate: RecordRule<
  'closure-reason-with-date',
  { variant?: 'reasonWithoutDate' }
> = {
  id: 'closure-reason-with-date',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Closure reason and closure date',
  message: 'The episode has a closure date but no closure reason.',
  hint: 'Send a closure reason with every closure date.',
  variants: {
    reasonWithoutDate: {
      message: 'The episode has a closure reason but no closure date.',
      hint: 'Send a closure reason only when the episode has closed.',
    },
  },
  fault: {
    name: 'closure-reason-missing',
    change(record) {
      const e = firstEpisode(record);
      e.closure_date = String(e.referral_date ?? '2024-05-01');
      delete e.closure_reason;
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const hasDate = episode.closure_date !== undefined;
      const hasReason = episode.closure_reason !== undefined;
      if (hasDate && !hasReason) report(`/social_care_episodes/${e}/closure_date`, {});
      if (hasReason && !hasDate)
        report(`/social_care_episodes/${e}/closure_reason`, { variant: 'reasonWithoutDate' });
    }
  },
};
