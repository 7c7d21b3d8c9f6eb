// Business rule `placement-after-birth`: no placement starts before the child was born. Runs anywhere.
import { dayNumber, isoFromDay, isRealDate } from '../dates.ts';
import { bornChild, firstPlacement } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const placementAfterBirth: RecordRule<
  'placement-after-birth',
  { start: string; dateOfBirth: string }
> = {
  id: 'placement-after-birth',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Placement before birth',
  message: "The placement starts on {start}, before the child's date of birth {dateOfBirth}.",
  hint: 'Check the placement start date and the date of birth.',
  fault: {
    name: 'placement-before-birth',
    change(record, { today }) {
      const d = bornChild(record, today);
      firstPlacement(record).start_date = isoFromDay(dayNumber(String(d.date_of_birth)) - 10);
    },
  },
  check({ record, dateOfBirth, report }) {
    if (dateOfBirth === undefined) return;
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
        const start = placement.start_date;
        // Dates compare as text, so the cheap comparison goes first.
        if (typeof start === 'string' && start < dateOfBirth && isRealDate(start)) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/start_date`, {
            start,
            dateOfBirth,
          });
        }
      }
    }
  },
};
