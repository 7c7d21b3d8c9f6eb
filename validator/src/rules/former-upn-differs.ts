// Business rule `former-upn-differs`: a former UPN differs from the current UPN. Runs anywhere.
import { childDetails, setUpn, validUpn } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const formerUpnDiffers: RecordRule<'former-upn-differs', { value: string }> = {
  id: 'former-upn-differs',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Former UPN same as UPN',
  message: 'The former UPN is the same as the UPN.',
  hint: 'Leave former_unique_pupil_number out unless the child had a different UPN before.',
  fault: {
    name: 'former-upn-same',
    change(record) {
      setUpn(record, validUpn);
      childDetails(record).former_unique_pupil_number = validUpn;
    },
  },
  check({ details, report }) {
    const former = stringAt(details, 'former_unique_pupil_number');
    if (former !== undefined && former === stringAt(details, 'unique_pupil_number')) {
      report('/child_details/former_unique_pupil_number', { value: former });
    }
  },
};
