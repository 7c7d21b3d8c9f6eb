// Business rule `unborn-disabilities`: an unborn child has no disabilities recorded. Runs anywhere.
import { isUnborn, listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const unbornDisabilities: RecordRule = {
  id: 'unborn-disabilities',
  kind: 'record',
  check({ details, report }) {
    if (!isUnborn(details)) return;
    if (listAt(details, 'disabilities').length > 0) report('/child_details/disabilities', {});
  },
};
