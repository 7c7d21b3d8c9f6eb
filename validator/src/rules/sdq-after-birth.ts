// Business rule `sdq-after-birth`: an SDQ is dated on or after the date of birth. Runs anywhere.
import { dayNumber, isoFromDay, isRealDate } from '../dates.ts';
import { bornChild, listIn, objectIn } from '../faults/record-parts.ts';
import { isObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const sdqAfterBirth: RecordRule<'sdq-after-birth', { date: string; dateOfBirth: string }> = {
  id: 'sdq-after-birth',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'SDQ before birth',
  message: "The SDQ on {date} is before the child's date of birth {dateOfBirth}.",
  hint: 'Check the SDQ date and the date of birth.',
  fault: {
    name: 'sdq-before-birth',
    change(record, { today }) {
      const d = bornChild(record, today);
      const date = isoFromDay(dayNumber(String(d.date_of_birth)) - 30);
      listIn(objectIn(record, 'health_and_wellbeing'), 'sdq_assessments').push({ date, score: 12 });
    },
  },
  check({ record, dateOfBirth, report }) {
    if (dateOfBirth === undefined) return;
    const sdqs = objectAt(record, 'health_and_wellbeing')?.sdq_assessments;
    if (!Array.isArray(sdqs)) return;
    for (let i = 0; i < sdqs.length; i++) {
      const sdq = sdqs[i];
      if (!isObject(sdq)) continue;
      const date = sdq.date;
      // Dates compare as text, so the cheap comparison goes first.
      if (typeof date === 'string' && date < dateOfBirth && isRealDate(date)) {
        report(`/health_and_wellbeing/sdq_assessments/${i}/date`, { date, dateOfBirth });
      }
    }
  },
};
