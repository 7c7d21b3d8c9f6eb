// Business rule `birth-and-expected-birth`: a born child has no expected date of birth. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const birthAndExpectedBirth: RecordRule = {
  id: 'birth-and-expected-birth',
  kind: 'record',
  check({ details, report }) {
    if (details?.date_of_birth !== undefined && details.expected_date_of_birth !== undefined) {
      report('/child_details/expected_date_of_birth', {});
    }
  },
};
