// Business rule `adoption-dates-in-order`: adoption decision, match and placement dates come in that order. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const order = ['initial_decision_date', 'matched_date', 'placed_date'];

export const adoptionDatesInOrder: RecordRule = {
  id: 'adoption-dates-in-order',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      const adoption = objectAt(episode, 'adoption');
      if (!adoption) return;
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
          return;
        }
        earlier = field;
        earlierDate = date;
      }
    });
  },
};
