// Business rule `birth-date-present`: a full record has a date of birth or an expected date of birth. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const birthDatePresent: RecordRule = {
  id: 'birth-date-present',
  kind: 'record',
  check({ record, details, mode, report }) {
    if (mode !== 'full' || record.purge === true) return;
    if (details?.date_of_birth === undefined && details?.expected_date_of_birth === undefined) {
      report(details ? '/child_details' : '', {});
    }
  },
};
