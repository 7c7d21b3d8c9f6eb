// Business rule `purge-in-full-snapshot`: a full snapshot asks for no deletions. Runs anywhere.
import { firstChildInNeedPlan } from '../faults/record-parts.ts';
import { isObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const purgeableLists = [
  'child_and_family_assessments',
  'child_in_need_plans',
  'section_47_assessments',
  'child_protection_plans',
  'child_looked_after_placements',
];
const recordBlocks = ['child_details', 'health_and_wellbeing'];
const episodeBlocks = ['adoption', 'care_leavers'];

export const purgeInFullSnapshot: RecordRule<'purge-in-full-snapshot', { field: string }> = {
  id: 'purge-in-full-snapshot',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Deletion in a full snapshot',
  message: '{field} is true in a full snapshot.',
  hint: 'Deletions belong in a delta. In a full snapshot, leave the child or item out instead.',
  modes: ['full'],
  fault: {
    name: 'purge-in-full',
    change(record) {
      firstChildInNeedPlan(record).purge = true;
    },
  },
  check({ record, mode, report }) {
    if (mode !== 'full') return;
    if (record.purge === true) report('/purge', { field: 'purge' });
    for (const block of recordBlocks) {
      if (objectAt(record, block)?.purge === true) report(`/${block}/purge`, { field: `${block} purge` });
    }
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      if (episode.purge === true)
        report(`/social_care_episodes/${e}/purge`, { field: 'social_care_episodes purge' });
      for (const list of purgeableLists) {
        const items = episode[list];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (isObject(item) && item.purge === true)
            report(`/social_care_episodes/${e}/${list}/${i}/purge`, { field: `${list} purge` });
        }
      }
      for (const block of episodeBlocks) {
        if (objectAt(episode, block)?.purge === true) {
          report(`/social_care_episodes/${e}/${block}/purge`, { field: `${block} purge` });
        }
      }
    }
  },
};
