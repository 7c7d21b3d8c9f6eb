// Business rule `duplicate-item-id`: episode, assessment, plan and placement identifiers are not repeated
// within a child. Runs anywhere.
import { firstEpisode, listIn } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const itemKeys: [string, string][] = [
  ['child_and_family_assessments', 'child_and_family_assessment_id'],
  ['child_in_need_plans', 'child_in_need_plan_id'],
  ['section_47_assessments', 'section_47_assessment_id'],
  ['child_protection_plans', 'child_protection_plan_id'],
  ['child_looked_after_placements', 'child_looked_after_placement_id'],
];

// A child holds a handful of items, so scanning the earlier ones is cheaper than building sets for
// every record, and allocates nothing when there is no duplicate.
function seenBefore(
  episodes: readonly unknown[],
  kind: string,
  key: string,
  id: string,
  e: number,
  i: number,
): boolean {
  for (let e2 = 0; e2 <= e; e2++) {
    const episode = episodes[e2];
    const items = isObject(episode) ? episode[kind] : undefined;
    if (!Array.isArray(items)) continue;
    const limit = e2 === e ? i : items.length;
    for (let i2 = 0; i2 < limit; i2++) {
      const item = items[i2];
      if (isObject(item) && item[key] === id) return true;
    }
  }
  return false;
}

export const duplicateItemId: RecordRule<'duplicate-item-id', { field: string; value: string }> = {
  id: 'duplicate-item-id',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Identifier used twice in a child',
  message: '{field} {value} is used more than once for this child.',
  hint: 'Give each item its own identifier, or merge the duplicates.',
  fault: {
    name: 'duplicate-item',
    change(record) {
      listIn(firstEpisode(record), 'child_in_need_plans').push(
        { child_in_need_plan_id: 'DUP1' },
        { child_in_need_plan_id: 'DUP1' },
      );
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const id = episode.social_care_episode_id;
      if (typeof id === 'string') {
        for (let e2 = 0; e2 < e; e2++) {
          const earlier = episodes[e2];
          if (isObject(earlier) && earlier.social_care_episode_id === id) {
            report(`/social_care_episodes/${e}/social_care_episode_id`, {
              field: 'social_care_episode_id',
              value: id,
            });
            break;
          }
        }
      }
      for (const [kind, key] of itemKeys) {
        const items = episode[kind];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          const itemId = isObject(item) ? item[key] : undefined;
          if (typeof itemId === 'string' && seenBefore(episodes, kind, key, itemId, e, i)) {
            report(`/social_care_episodes/${e}/${kind}/${i}/${key}`, { field: key, value: itemId });
          }
        }
      }
    }
  },
};
