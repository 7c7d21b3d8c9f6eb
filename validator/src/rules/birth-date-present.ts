// Business rule `birth-date-present`: a full record has a date of birth or an expected date of birth. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const birthDatePresent: RecordRule<'birth-date-present', NoParams> = {
  id: 'birth-date-present',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'No date of birth',
  message: 'The child has neither a date of birth nor an expected date of birth.',
  hint: 'Send date_of_birth, or expected_date_of_birth for an unborn child.',
  modes: ['full'],
  fault: {
    name: 'no-birth-date',
    change(record) {
      const d = childDetails(record);
      delete d.date_of_birth;
      delete d.expected_date_of_birth;
    },
  },
  check({ record, details, mode, report }) {
    if (mode !== 'full' || record.purge === true) return;
    if (details?.date_of_birth === undefined && details?.expected_date_of_birth === undefined) {
      report(details ? '/child_details' : '', {});
    }
  },
};
