// Business rule `purge-in-full-snapshot`: a full snapshot asks for no deletions. Runs anywhere.
import { firstChildInNeedPlan } from '../faults/record-parts.ts';
import { eachObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

const purgeableLists = [
  'child_and_family_assessments',
  'child_in_need_plans',
  'section_47_assessments',
  'child_protection_plans',
  'child_looked_after_placements',
];

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
    for (const block of ['child_details', 'health_and_wellbeing']) {
      if (objectAt(record, block)?.purge === true) report(`/${block}/purge`, { field: `${block} purge` });
    }
    eachObject(record, 'social_care_episodes', (episode, e) => {
      if (episode.purge === true)
        report(`/social_care_episodes/${e}/purge`, { field: 'social_care_episodes purge' });
      for (const list of purgeableLists) {
        eachObject(episode, list, (item, i) => {
          if (item.purge === true)
            report(`/social_care_episodes/${e}/${list}/${i}/purge`, { field: `${list} purge` });
        });
      }
      for (const block of ['adoption', 'care_leavers']) {
        if (objectAt(episode, block)?.purge === true) {
          report(`/social_care_episodes/${e}/${block}/purge`, { field: `${block} purge` });
        }
      }
    });
  },
};
