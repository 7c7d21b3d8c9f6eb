// Business rule `factor-21-alone`: assessment factor 21 (no factors) is used on its own. Runs anywhere.
import { eachObject, listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const factor21Alone: RecordRule = {
  id: 'factor-21-alone',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_and_family_assessments', (assessment, a) => {
        const factors = listAt(assessment, 'factors');
        const at = factors.indexOf('21');
        if (at !== -1 && factors.length > 1) {
          report(`/social_care_episodes/${e}/child_and_family_assessments/${a}/factors/${at}`, {
            value: '21',
          });
        }
      });
    });
  },
};
