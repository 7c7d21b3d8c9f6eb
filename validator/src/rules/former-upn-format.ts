// Business rule `former-upn-format`: a former UPN is in UPN format with the right check letter. Runs anywhere.
import { stringAt } from '../record-access.ts';
import { isUpnFormat, upnCheckLetter } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const formerUpnFormat: RecordRule = {
  id: 'former-upn-format',
  kind: 'record',
  check({ details, report }) {
    const former = stringAt(details, 'former_unique_pupil_number');
    if (former === undefined || former.length !== 13) return;
    if (!isUpnFormat(former) || upnCheckLetter(former) !== former.charAt(0)) {
      report('/child_details/former_unique_pupil_number', { value: former });
    }
  },
};
