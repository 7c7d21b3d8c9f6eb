// Business rule `change-reason-needs-end`: a placement change reason sits on a placement that has ended. Runs anywhere.
import { firstPlacement } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const changeReasonNeedsEnd: RecordRule<'change-reason-needs-end', NoParams> = {
  id: 'change-reason-needs-end',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Change reason on an open placement',
  message: 'There is a placement change reason but the placement has not ended.',
  hint: 'Record the change reason on the placement that ends.',
  fault: {
    name: 'change-reason-open',
    change(record) {
      const p = firstPlacement(record);
      delete p.end_date;
      delete p.end_reason;
      p.change_reason = 'CARPL';
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const placements = episode.child_looked_after_placements;
      if (!Array.isArray(placements)) continue;
      for (let p = 0; p < placements.length; p++) {
        const placement = placements[p];
        if (!isObject(placement)) continue;
        if (placement.change_reason !== undefined && placement.end_date === undefined) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/change_reason`, {});
        }
      }
    }
  },
};
