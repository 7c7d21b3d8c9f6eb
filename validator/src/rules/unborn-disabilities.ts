// Business rule `unborn-disabilities`: an unborn child has no disabilities recorded. Runs anywhere.
import { unbornChild } from '../faults/record-parts.ts';
import { isUnborn, listAt } from '../record-access.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const unbornDisabilities: RecordRule<'unborn-disabilities', NoParams> = {
  id: 'unborn-disabilities',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Unborn child with disabilities',
  message: 'An unborn child should have no disabilities recorded.',
  hint: 'Leave disabilities out until the child is born.',
  fault: {
    name: 'unborn-disabilities',
    change(record, { today }) {
      unbornChild(record, today).disabilities = ['NONE'];
    },
  },
  check({ details, report }) {
    if (!isUnborn(details)) return;
    if (listAt(details, 'disabilities').length > 0) report('/child_details/disabilities', {});
  },
};
