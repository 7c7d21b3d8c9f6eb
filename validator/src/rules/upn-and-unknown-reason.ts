// Business rule `upn-and-unknown-reason`: not both a UPN and a reason it is unknown. Runs anywhere.
import { childDetails, validUpn } from '../faults/record-parts.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const upnAndUnknownReason: RecordRule<'upn-and-unknown-reason', NoParams> = {
  id: 'upn-and-unknown-reason',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'UPN and UPN unknown reason both given',
  message: 'The child has both a UPN and a reason the UPN is unknown.',
  hint: 'Send one or the other, not both.',
  fault: {
    name: 'upn-and-reason',
    change(record) {
      const d = childDetails(record);
      d.unique_pupil_number = validUpn;
      d.unique_pupil_number_unknown_reason = 'UN2';
    },
  },
  check({ details, report }) {
    if (
      details?.unique_pupil_number !== undefined &&
      details.unique_pupil_number_unknown_reason !== undefined
    ) {
      report('/child_details/unique_pupil_number_unknown_reason', {});
    }
  },
};
