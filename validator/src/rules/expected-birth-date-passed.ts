// Business rule `expected-birth-date-passed`: an unborn child whose expected date of birth is over 3 months past. Runs anywhere.
import { dayNumber } from '../dates.ts';
import type { RecordRule } from './rule.ts';

export const expectedBirthDatePassed: RecordRule = {
  id: 'expected-birth-date-passed',
  kind: 'record',
  check({ expectedDateOfBirth, dateOfBirth, details, today, report }) {
    if (
      expectedDateOfBirth === undefined ||
      dateOfBirth !== undefined ||
      details?.date_of_birth !== undefined
    )
      return;
    if (dayNumber(today) - dayNumber(expectedDateOfBirth) > 92) {
      report('/child_details/expected_date_of_birth', { value: expectedDateOfBirth });
    }
  },
};
