// Business rule `closure-reason-with-date`: a closure reason exactly when there is a closure date. Runs anywhere.
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const closureReasonWithDate: RecordRule = {
  id: 'closure-reason-with-date',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      const hasDate = episode.closure_date !== undefined;
      const hasReason = episode.closure_reason !== undefined;
      if (hasDate && !hasReason) report(`/social_care_episodes/${e}/closure_date`, {});
      if (hasReason && !hasDate)
        report(`/social_care_episodes/${e}/closure_reason`, { variant: 'reasonWithoutDate' });
    });
  },
};
