// Business rule `former-upn-format`: a former UPN is in UPN format with the right check letter. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import { isUpnFormat, upnCheckLetter } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const formerUpnFormat: RecordRule<'former-upn-format', { value: string }> = {
  id: 'former-upn-format',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Former UPN not a UPN',
  message: 'The former UPN {value} is not a valid UPN.',
  hint: 'A former UPN must be in UPN format, with the right check letter.',
  fault: {
    name: 'former-upn-bad',
    change(record) {
      childDetails(record).former_unique_pupil_number = 'B950000178301';
    },
  },
  check({ details, report }) {
    const former = stringAt(details, 'former_unique_pupil_number');
    if (former === undefined || former.length !== 13) return;
    if (!isUpnFormat(former) || upnCheckLetter(former) !== former.charAt(0)) {
      report('/child_details/former_unique_pupil_number', { value: former });
    }
  },
};
