// Business rule `expected-birth-date-too-far`: an expected date of birth at most 10 months ahead. Runs anywhere.
import { dayNumber } from '../dates.ts';
import type { RecordRule } from './rule.ts';

export const expectedBirthDateTooFar: RecordRule = {
  id: 'expected-birth-date-too-far',
  kind: 'record',
  check({ expectedDateOfBirth, today, report }) {
    if (expectedDateOfBirth !== undefined && dayNumber(expectedDateOfBirth) - dayNumber(today) > 305) {
      report('/child_details/expected_date_of_birth', { value: expectedDateOfBirth });
    }
  },
};
