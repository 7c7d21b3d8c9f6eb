// Business rule `closed-episode-open-items`: a closed episode has no plans, enquiries or placements left open. Runs anywhere.
import { realDate } from '../dates.ts';
import { firstChildInNeedPlan, firstEpisode } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const openableLists: [string, string][] = [
  ['child_in_need_plans', 'child_in_need_plan_id'],
  ['section_47_assessments', 'section_47_assessment_id'],
  ['child_protection_plans', 'child_protection_plan_id'],
  ['child_looked_after_placements', 'child_looked_after_placement_id'],
];

export const closedEpisodeOpenItems: RecordRule<
  'closed-episode-open-items',
  { closureDate: string; item: string; id: string }
> = {
  id: 'closed-episode-open-items',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Open item in a closed episode',
  message: 'The episode closed on {closureDate}, but {item} {id} has no end date.',
  hint: 'End the item on or before the closure date, or reopen the episode.',
  fault: {
    name: 'open-item-in-closed-episode',
    change(record) {
      const e = firstEpisode(record);
      e.closure_date = String(e.referral_date ?? '2024-05-01');
      e.closure_reason = 'RC8';
      delete firstChildInNeedPlan(record).end_date;
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const closureDate = realDate(episode.closure_date);
      if (closureDate === undefined) continue;
      for (const [list, key] of openableLists) {
        const items = episode[list];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (!isObject(item) || item.end_date !== undefined) continue;
          report(`/social_care_episodes/${e}/${list}/${i}`, {
            closureDate,
            item: key,
            id: String(item[key] ?? ''),
          });
        }
      }
    }
  },
};
