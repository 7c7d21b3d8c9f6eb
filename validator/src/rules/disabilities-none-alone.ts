// Business rule `disabilities-none-alone`: NONE is the only disability when used. Runs anywhere.
import { bornChild } from '../faults/record-parts.ts';
import { listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const disabilitiesNoneAlone: RecordRule<'disabilities-none-alone', { value: string }> = {
  id: 'disabilities-none-alone',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'NONE with other disabilities',
  message: 'NONE is listed with other disabilities.',
  hint: 'Use NONE only when the child has no disability. Otherwise list the disabilities without NONE.',
  fault: {
    name: 'none-with-disabilities',
    change(record, { today }) {
      bornChild(record, today).disabilities = ['NONE', 'HAND'];
    },
  },
  check({ details, report }) {
    const list = listAt(details, 'disabilities');
    const at = list.indexOf('NONE');
    if (at !== -1 && list.length > 1) report(`/child_details/disabilities/${at}`, { value: 'NONE' });
  },
};
