// Business rule `child-over-25`: a child who was over 25 for the whole reporting window is outside the cohort. Runs anywhere.
import { addYears } from '../dates.ts';
import type { RecordRule } from './rule.ts';

export const childOver25: RecordRule = {
  id: 'child-over-25',
  kind: 'record',
  check({ dateOfBirth, mode, windowStart, report }) {
    if (mode !== 'full' || dateOfBirth === undefined) return;
    const birthday = addYears(dateOfBirth, 26);
    if (birthday < windowStart) report('/child_details/date_of_birth', { birthday, windowStart });
  },
};
