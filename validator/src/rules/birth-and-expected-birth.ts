// Business rule `birth-and-expected-birth`: a born child has no expected date of birth. Runs anywhere.
import { bornChild } from '../faults/record-parts.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const birthAndExpectedBirth: RecordRule<'birth-and-expected-birth', NoParams> = {
  id: 'birth-and-expected-birth',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Both dates of birth',
  message: 'The child has both a date of birth and an expected date of birth.',
  hint: 'Once a child is born, send the date of birth only.',
  fault: {
    name: 'both-birth-dates',
    change(record, { today }) {
      const d = bornChild(record, today);
      d.expected_date_of_birth = d.date_of_birth;
    },
  },
  check({ details, report }) {
    if (details?.date_of_birth !== undefined && details.expected_date_of_birth !== undefined) {
      report('/child_details/expected_date_of_birth', {});
    }
  },
};
