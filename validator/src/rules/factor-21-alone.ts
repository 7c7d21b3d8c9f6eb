// Business rule `factor-21-alone`: assessment factor 21 (no factors) is used on its own. Runs anywhere.
import { firstAssessment } from '../faults/record-parts.ts';
import { eachObject, listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const factor21Alone: RecordRule<'factor-21-alone', { value: string }> = {
  id: 'factor-21-alone',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Factor 21 with other factors',
  message: 'Factor 21 (no factors identified) is listed with other factors.',
  hint: 'Use 21 only when no factor was identified. Otherwise list the factors without 21.',
  fault: {
    name: 'factor-21-with-others',
    change(record) {
      firstAssessment(record).factors = ['21', '3A'];
    },
  },
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
