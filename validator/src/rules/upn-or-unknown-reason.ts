// Business rule `upn-or-unknown-reason`: a full record has a UPN or a reason it is unknown. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const upnOrUnknownReason: RecordRule<'upn-or-unknown-reason', NoParams> = {
  id: 'upn-or-unknown-reason',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'No UPN and no reason',
  message: 'The child has neither a UPN nor a reason the UPN is unknown.',
  hint: 'Send the UPN, or a UPN unknown reason such as UN1 for a child under 6.',
  modes: ['full'],
  fault: {
    name: 'upn-and-reason-missing',
    change(record) {
      const d = childDetails(record);
      delete d.unique_pupil_number;
      delete d.unique_pupil_number_unknown_reason;
    },
  },
  check({ record, details, mode, report }) {
    if (mode !== 'full' || !details || record.purge === true) return;
    if (
      details.unique_pupil_number === undefined &&
      details.unique_pupil_number_unknown_reason === undefined
    ) {
      report('/child_details', {});
    }
  },
};
