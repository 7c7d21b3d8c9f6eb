// Business rule `placement-end-reason-with-date`: a placement end reason exactly when there is an end date. Runs anywhere.
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const placementEndReasonWithDate: RecordRule = {
  id: 'placement-end-reason-with-date',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_looked_after_placements', (placement, p) => {
        const at = `/social_care_episodes/${e}/child_looked_after_placements/${p}`;
        const hasDate = placement.end_date !== undefined;
        const hasReason = placement.end_reason !== undefined;
        if (hasDate && !hasReason) report(`${at}/end_date`, {});
        if (hasReason && !hasDate) report(`${at}/end_reason`, { variant: 'reasonWithoutDate' });
      });
    });
  },
};
