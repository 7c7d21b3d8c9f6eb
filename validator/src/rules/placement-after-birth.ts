// Business rule `placement-after-birth`: no placement starts before the child was born. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const placementAfterBirth: RecordRule = {
  id: 'placement-after-birth',
  kind: 'record',
  check({ record, dateOfBirth, report }) {
    if (dateOfBirth === undefined) return;
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_looked_after_placements', (placement, p) => {
        const start = realDate(placement.start_date);
        if (start !== undefined && start < dateOfBirth) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/start_date`, {
            start,
            dateOfBirth,
          });
        }
      });
    });
  },
};
