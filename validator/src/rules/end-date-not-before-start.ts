// Business rule `end-date-not-before-start`: worker, plan, enquiry and placement end dates are not before their start dates. Runs anywhere.
import { datesOutOfOrder } from '../dates.ts';
import { firstItem } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const itemLists = [
  'care_worker_details',
  'child_in_need_plans',
  'section_47_assessments',
  'child_protection_plans',
  'child_looked_after_placements',
];

export const endDateNotBeforeStart: RecordRule<
  'end-date-not-before-start',
  { field: string; start: string; end: string }
> = {
  id: 'end-date-not-before-start',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'End date before start date',
  message: '{field} {end} is before the start date {start}.',
  hint: 'Check both dates: something cannot end before it starts.',
  fault: {
    name: 'end-before-start',
    change(record) {
      const plan = firstItem(record, 'child_protection_plans', 'child_protection_plan_id');
      plan.start_date = '2025-01-10';
      plan.end_date = '2024-12-01';
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      for (const list of itemLists) {
        const items = episode[list];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (!isObject(item)) continue;
          const dates = datesOutOfOrder(item.start_date, item.end_date);
          if (dates)
            report(`/social_care_episodes/${e}/${list}/${i}/end_date`, {
              field: `${list} end_date`,
              ...dates,
            });
        }
      }
    }
  },
};
