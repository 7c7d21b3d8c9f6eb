// Business rule `upn-la-code`: characters 2 to 4 of a UPN are a local authority number. Runs anywhere.
import { stringAt } from '../record-access.ts';
import { isUpnFormat, isUpnLaNumber } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnLaCode: RecordRule = {
  id: 'upn-la-code',
  kind: 'record',
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn === undefined || !isUpnFormat(upn)) return;
    const laCode = upn.slice(1, 4);
    if (!isUpnLaNumber(laCode)) report('/child_details/unique_pupil_number', { value: upn, laCode });
  },
};
