// Business rule `former-upn-differs`: a former UPN differs from the current UPN. Runs anywhere.
import { stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const formerUpnDiffers: RecordRule = {
  id: 'former-upn-differs',
  kind: 'record',
  check({ details, report }) {
    const former = stringAt(details, 'former_unique_pupil_number');
    if (former !== undefined && former === stringAt(details, 'unique_pupil_number')) {
      report('/child_details/former_unique_pupil_number', { value: former });
    }
  },
};
