// Business rule `child-over-25`: a child who was over 25 for the whole reporting window is outside the
// cohort. Runs anywhere.
import { addYears } from '../dates.ts';
import { bornChild, listIn } from '../faults/record-parts.ts';
import type { RecordRule } from './rule.ts';

// Born before this date = 26th birthday before the window starts. Worked out once per window start.
let cutoffFor = '';
let cutoff = '';

export const childOver25: RecordRule<'child-over-25', { birthday: string; windowStart: string }> = {
  id: 'child-over-25',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Child over 25 for the whole window',
  message: 'The child turned 26 on {birthday}, before the reporting window started on {windowStart}.',
  hint: 'Leave out children who were over 25 for the whole 24-month window.',
  modes: ['full'],
  fault: {
    name: 'child-over-25',
    change(record, { today }) {
      bornChild(record, today).date_of_birth = addYears(today, -30);
      for (const episode of listIn(record, 'social_care_episodes')) delete episode.care_leavers;
    },
  },
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
