// Business rule `change-reason-needs-end`: a placement change reason sits on a placement that has ended. Runs anywhere.
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const changeReasonNeedsEnd: RecordRule = {
  id: 'change-reason-needs-end',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_looked_after_placements', (placement, p) => {
        if (placement.change_reason !== undefined && placement.end_date === undefined) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/change_reason`, {});
        }
      });
    });
  },
};
