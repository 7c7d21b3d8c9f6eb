// Business rule `child-over-25`: a child who was over 25 for the whole reporting window is outside the
// cohort. Runs anywhere.
import { addYears } from '../dates.ts';
import type { RecordRule } from './rule.ts';

// Born before this date = 26th birthday before the window starts. Worked out once per window start.
let cutoffFor = '';
let cutoff = '';

export const childOver25: RecordRule = {
  id: 'child-over-25',
  kind: 'record',
  check({ dateOfBirth, mode, windowStart, report }) {
    if (mode !== 'full' || dateOfBirth === undefined) return;
    if (cutoffFor !== windowStart) {
      cutoffFor = windowStart;
      cutoff = addYears(windowStart, -26);
    }
    if (dateOfBirth < cutoff) {
      report('/child_details/date_of_birth', { birthday: addYears(dateOfBirth, 26), windowStart });
    }
  },
};
