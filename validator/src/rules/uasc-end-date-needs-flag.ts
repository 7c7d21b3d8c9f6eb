// Business rule `uasc-end-date-needs-flag`: a UASC end date only with the UASC flag. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const uascEndDateNeedsFlag: RecordRule = {
  id: 'uasc-end-date-needs-flag',
  kind: 'record',
  check({ details, report }) {
    if (details?.uasc_end_date !== undefined && details.uasc_flag !== true) {
      report('/child_details/uasc_end_date', {});
    }
  },
};
