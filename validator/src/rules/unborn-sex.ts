// Business rule `unborn-sex`: an unborn child has sex U. Runs anywhere.
import { isUnborn, stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const unbornSex: RecordRule = {
  id: 'unborn-sex',
  kind: 'record',
  check({ details, report }) {
    if (!isUnborn(details)) return;
    const sex = stringAt(details, 'sex');
    if (sex !== undefined && sex !== 'U') report('/child_details/sex', { value: sex });
  },
};
