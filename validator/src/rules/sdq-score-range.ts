// Business rule `sdq-score-range`: SDQ scores run from 0 to 40. Runs anywhere.
import { eachObject, objectAt } from '../record-access.ts';
import { codeSets } from '../spec/spec-data.ts';
import type { RecordRule } from './rule.ts';

const range = codeSets.sdq_score?.range ?? { min: 0, max: 40 };

export const sdqScoreRange: RecordRule = {
  id: 'sdq-score-range',
  kind: 'record',
  check({ record, report }) {
    eachObject(objectAt(record, 'health_and_wellbeing'), 'sdq_assessments', (sdq, i) => {
      const score = sdq.score;
      if (Number.isInteger(score) && ((score as number) < range.min || (score as number) > range.max)) {
        report(`/health_and_wellbeing/sdq_assessments/${i}/score`, {
          value: score,
          min: range.min,
          max: range.max,
        });
      }
    });
  },
};
