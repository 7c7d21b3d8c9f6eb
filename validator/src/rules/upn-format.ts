// Business rule `upn-format`: a 13-character UPN is a letter and 12 digits, or a letter, 11 digits and a letter. Runs anywhere.
import { stringAt } from '../record-access.ts';
import { isUpnFormat } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnFormat: RecordRule = {
  id: 'upn-format',
  kind: 'record',
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn !== undefined && upn.length === 13 && !isUpnFormat(upn)) {
      report('/child_details/unique_pupil_number', { value: upn });
    }
  },
};
