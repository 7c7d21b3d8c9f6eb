// Business rule `upn-temporary`: a temporary UPN is flagged so the permanent one is found. Runs anywhere.
import { stringAt } from '../record-access.ts';
import { isTemporaryUpn } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnTemporary: RecordRule = {
  id: 'upn-temporary',
  kind: 'record',
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn !== undefined && isTemporaryUpn(upn))
      report('/child_details/unique_pupil_number', { value: upn });
  },
};
