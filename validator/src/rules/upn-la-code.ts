// Business rule `upn-la-code`: characters 2 to 4 of a UPN are a local authority number. Runs anywhere.
import { setUpn } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import { isUpnFormat, isUpnLaNumber, upnCheckLetter } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnLaCode: RecordRule<'upn-la-code', { value: string; laCode: string }> = {
  id: 'upn-la-code',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'UPN with an unknown LA number',
  message: 'The UPN {value} has {laCode} in characters 2 to 4, which is not a local authority number.',
  hint: 'Check the UPN was copied correctly.',
  fault: {
    name: 'upn-bad-la',
    change(record) {
      const body = '999123420001';
      setUpn(record, upnCheckLetter(`A${body}`) + body);
    },
  },
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn === undefined || !isUpnFormat(upn)) return;
    const laCode = upn.slice(1, 4);
    if (!isUpnLaNumber(laCode)) report('/child_details/unique_pupil_number', { value: upn, laCode });
  },
};
