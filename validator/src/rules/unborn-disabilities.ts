// Business rule `unborn-disabilities`: an unborn child has no disabilities recorded. Runs anywhere.
import { listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const unbornDisabilities: RecordRule = {
  id: 'unborn-disabilities',
  kind: 'record',
  check({ details, report }) {
    if (
      details === undefined ||
      details.date_of_birth !== undefined ||
      details.expected_date_of_birth === undefined
    )
      return;
    if (listAt(details, 'disabilities').length > 0) report('/child_details/disabilities', {});
  },
};
