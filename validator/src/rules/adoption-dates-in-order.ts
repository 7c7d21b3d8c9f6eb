// Business rule `adoption-dates-in-order`: adoption decision, match and placement dates come in that order. Runs anywhere.
import { realDate } from '../dates.ts';
import { firstEpisode } from '../faults/record-parts.ts';
import { isObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const order = ['initial_decision_date', 'matched_date', 'placed_date'];

export const adoptionDatesInOrder: RecordRule<
  'adoption-dates-in-order',
  { later: string; laterDate: string; earlier: string | undefined; earlierDate: string }
> = {
  id: 'adoption-dates-in-order',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Adoption dates out of order',
  message: '{later} {laterDate} is before {earlier} {earlierDate}.',
  hint: 'The decision comes first, then the match, then the placement.',
  fault: {
    name: 'adoption-out-of-order',
    change(record) {
      firstEpisode(record).adoption = {
        initial_decision_date: '2025-03-01',
        matched_date: '2025-02-01',
        placed_date: '2025-04-01',
      };
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const adoption = objectAt(episode, 'adoption');
      if (!adoption) continue;
      let earlier: string | undefined;
      let earlierDate: string | undefined;
      for (const field of order) {
        const date = realDate(adoption[field]);
        if (date === undefined) continue;
        if (earlierDate !== undefined && date < earlierDate) {
          report(`/social_care_episodes/${e}/adoption/${field}`, {
            later: field,
            laterDate: date,
            earlier,
            earlierDate,
          });
          break;
        }
        earlier = field;
        earlierDate = date;
      }
    }
  },
};
