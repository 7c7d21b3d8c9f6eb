// Business rule `disabilities-none-alone`: NONE is the only disability when used. Runs anywhere.
import { listAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const disabilitiesNoneAlone: RecordRule = {
  id: 'disabilities-none-alone',
  kind: 'record',
  check({ details, report }) {
    const list = listAt(details, 'disabilities');
    const at = list.indexOf('NONE');
    if (at !== -1 && list.length > 1) report(`/child_details/disabilities/${at}`, { value: 'NONE' });
  },
};
