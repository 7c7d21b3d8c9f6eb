// Business rule `placement-end-reason-with-date`: a placement end reason exactly when there is an end date. Runs anywhere.
import { firstPlacement } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const placementEndReasonWithDate: RecordRule<
  'placement-end-reason-with-date',
  { variant?: 'reasonWithoutDate' }
> = {
  id: 'placement-end-reason-with-date',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Placement end reason and end date',
  message: 'The placement has an end date but no end reason.',
  hint: 'Send an end reason with every placement end date.',
  variants: {
    reasonWithoutDate: {
      message: 'The placement has an end reason but no end date.',
      hint: 'Send an end reason only when the placement has ended.',
    },
  },
  fault: {
    name: 'placement-end-reason-missing',
    change(record) {
      const p = firstPlacement(record);
      p.end_date = String(p.start_date ?? '2024-06-01');
      delete p.end_reason;
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
        const hasDate = placement.end_date !== undefined;
        const hasReason = placement.end_reason !== undefined;
        if (hasDate === hasReason) continue;
        const at = `/social_care_episodes/${e}/child_looked_after_placements/${p}`;
        if (hasDate) report(`${at}/end_date`, {});
        else report(`${at}/end_reason`, { variant: 'reasonWithoutDate' });
      }
    }
  },
};
