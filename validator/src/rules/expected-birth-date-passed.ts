// Business rule `expected-birth-date-passed`: an unborn child whose expected date of birth is over 3 months past. Runs anywhere.
import { dayNumber, isoFromDay } from '../dates.ts';
import { unbornChild } from '../faults/record-parts.ts';
import type { RecordRule } from './rule.ts';

export const expectedBirthDatePassed: RecordRule<'expected-birth-date-passed', { value: string }> = {
  id: 'expected-birth-date-passed',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Expected date of birth has passed',
  message: 'The expected date of birth {value} was over 3 months ago and there is no date of birth.',
  hint: 'If the child has been born, send the date of birth.',
  fault: {
    name: 'expected-birth-passed',
    change(record, { today }) {
      unbornChild(record, today).expected_date_of_birth = isoFromDay(dayNumber(today) - 150);
    },
  },
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
