// Business rule `upn-check-letter`: the first letter of a UPN is its modulus 23 check letter. Runs anywhere.
import { stringAt } from '../record-access.ts';
import { upnCheckLetter as expectedLetter, isUpnFormat } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnCheckLetter: RecordRule = {
  id: 'upn-check-letter',
  kind: 'record',
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn === undefined || !isUpnFormat(upn)) return;
    const expected = expectedLetter(upn);
    if (upn.charAt(0) !== expected) report('/child_details/unique_pupil_number', { value: upn, expected });
  },
};
