// Business rule `sdq-after-birth`: an SDQ is dated on or after the date of birth. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const sdqAfterBirth: RecordRule = {
  id: 'sdq-after-birth',
  kind: 'record',
  check({ record, dateOfBirth, report }) {
    if (dateOfBirth === undefined) return;
    eachObject(objectAt(record, 'health_and_wellbeing'), 'sdq_assessments', (sdq, i) => {
      const date = realDate(sdq.date);
      if (date !== undefined && date < dateOfBirth) {
        report(`/health_and_wellbeing/sdq_assessments/${i}/date`, { date, dateOfBirth });
      }
    });
  },
};
