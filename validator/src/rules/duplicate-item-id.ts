// Business rule `duplicate-item-id`: episode, assessment, plan and placement identifiers are not repeated within a child. Runs anywhere.
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const itemKeys: [string, string][] = [
  ['child_and_family_assessments', 'child_and_family_assessment_id'],
  ['child_in_need_plans', 'child_in_need_plan_id'],
  ['section_47_assessments', 'section_47_assessment_id'],
  ['child_protection_plans', 'child_protection_plan_id'],
  ['child_looked_after_placements', 'child_looked_after_placement_id'],
];

export const duplicateItemId: RecordRule = {
  id: 'duplicate-item-id',
  kind: 'record',
  check({ record, report }) {
    const episodes = new Set<string>();
    const seen = new Map<string, Set<string>>();
    eachObject(record, 'social_care_episodes', (episode, e) => {
      const id = episode.social_care_episode_id;
      if (typeof id === 'string') {
        if (episodes.has(id))
          report(`/social_care_episodes/${e}/social_care_episode_id`, {
            field: 'social_care_episode_id',
            value: id,
          });
        episodes.add(id);
      }
      for (const [list, key] of itemKeys) {
        eachObject(episode, list, (item, i) => {
          const itemId = item[key];
          if (typeof itemId !== 'string') return;
          let ids = seen.get(key);
          if (!ids) {
            ids = new Set();
            seen.set(key, ids);
          }
          if (ids.has(itemId))
            report(`/social_care_episodes/${e}/${list}/${i}/${key}`, { field: key, value: itemId });
          ids.add(itemId);
        });
      }
    });
  },
};
