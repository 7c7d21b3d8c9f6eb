// Business rule `unborn-sex`: an unborn child has sex U. Runs anywhere.
import { unbornChild } from '../faults/record-parts.ts';
import { isUnborn, stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const unbornSex: RecordRule<'unborn-sex', { value: string }> = {
  id: 'unborn-sex',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Unborn child with a sex',
  message: 'An unborn child should have sex U, not {value}.',
  hint: 'Use U until the child is born.',
  fault: {
    name: 'unborn-sex',
    change(record, { today }) {
      unbornChild(record, today).sex = 'F';
    },
  },
  check({ details, report }) {
    if (!isUnborn(details)) return;
    const sex = stringAt(details, 'sex');
    if (sex !== undefined && sex !== 'U') report('/child_details/sex', { value: sex });
  },
};
