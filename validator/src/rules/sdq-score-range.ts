// Business rule `sdq-score-range`: SDQ scores run from 0 to 40. Runs anywhere.
import { listIn, objectIn } from '../faults/record-parts.ts';
import { isObject, objectAt } from '../record-access.ts';
import { codeSets } from '../spec/spec-data.ts';
import type { RecordRule } from './rule.ts';

const range = codeSets.sdq_score?.range ?? { min: 0, max: 40 };

export const sdqScoreRange: RecordRule<'sdq-score-range', { value: number; min: number; max: number }> = {
  id: 'sdq-score-range',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'SDQ score out of range',
  message: 'The SDQ score is {value}. Scores run from 0 to 40.',
  hint: 'Check the total difficulties score.',
  fault: {
    name: 'sdq-out-of-range',
    change(record) {
      listIn(objectIn(record, 'health_and_wellbeing'), 'sdq_assessments').push({ score: 41 });
    },
  },
  check({ record, report }) {
    const sdqs = objectAt(record, 'health_and_wellbeing')?.sdq_assessments;
    if (!Array.isArray(sdqs)) return;
    for (let i = 0; i < sdqs.length; i++) {
      const sdq = sdqs[i];
      if (!isObject(sdq)) continue;
      const score = sdq.score;
      if (typeof score === 'number' && Number.isInteger(score) && (score < range.min || score > range.max)) {
        report(`/health_and_wellbeing/sdq_assessments/${i}/score`, {
          value: score,
          min: range.min,
          max: range.max,
        });
      }
    }
  },
};
