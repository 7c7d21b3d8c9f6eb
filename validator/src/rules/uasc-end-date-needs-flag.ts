// Business rule `uasc-end-date-needs-flag`: a UASC end date only with the UASC flag. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const uascEndDateNeedsFlag: RecordRule<'uasc-end-date-needs-flag', NoParams> = {
  id: 'uasc-end-date-needs-flag',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'UASC end date without UASC',
  message: 'There is a UASC end date, but uasc_flag is not true.',
  hint: 'Send uasc_end_date only for a child who was a UASC.',
  fault: {
    name: 'uasc-end-without-flag',
    change(record) {
      const d = childDetails(record);
      d.uasc_flag = false;
      d.uasc_end_date = '2024-06-01';
    },
  },
  check({ details, report }) {
    if (details?.uasc_end_date !== undefined && details.uasc_flag !== true) {
      report('/child_details/uasc_end_date', {});
    }
  },
};
