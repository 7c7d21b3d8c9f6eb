// Business rule `end-date-not-before-start`: worker, plan, enquiry and placement end dates are not before their start dates. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const itemLists = [
  'care_worker_details',
  'child_in_need_plans',
  'section_47_assessments',
  'child_protection_plans',
  'child_looked_after_placements',
];

export const endDateNotBeforeStart: RecordRule = {
  id: 'end-date-not-before-start',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      for (const list of itemLists) {
        eachObject(episode, list, (item, i) => {
          const start = realDate(item.start_date);
          const end = realDate(item.end_date);
          if (start !== undefined && end !== undefined && end < start) {
            report(`/social_care_episodes/${e}/${list}/${i}/end_date`, {
              field: `${list} end_date`,
              start,
              end,
            });
          }
        });
      }
    });
  },
};
