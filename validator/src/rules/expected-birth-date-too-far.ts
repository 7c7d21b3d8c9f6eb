// Business rule `expected-birth-date-too-far`: an expected date of birth at most 10 months ahead. Runs anywhere.
import { dayNumber, isoFromDay } from '../dates.ts';
import { unbornChild } from '../faults/record-parts.ts';
import type { RecordRule } from './rule.ts';

export const expectedBirthDateTooFar: RecordRule<'expected-birth-date-too-far', { value: string }> = {
  id: 'expected-birth-date-too-far',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Expected date of birth too far ahead',
  message: 'The expected date of birth {value} is more than 10 months away.',
  hint: 'Check the date: a pregnancy lasts about 9 months.',
  fault: {
    name: 'expected-birth-far',
    change(record, { today }) {
      unbornChild(record, today).expected_date_of_birth = isoFromDay(dayNumber(today) + 400);
    },
  },
  check({ expectedDateOfBirth, today, report }) {
    if (expectedDateOfBirth !== undefined && dayNumber(expectedDateOfBirth) - dayNumber(today) > 305) {
      report('/child_details/expected_date_of_birth', { value: expectedDateOfBirth });
    }
  },
};
