// Business rule `upn-and-unknown-reason`: not both a UPN and a reason it is unknown. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const upnAndUnknownReason: RecordRule = {
  id: 'upn-and-unknown-reason',
  kind: 'record',
  check({ details, report }) {
    if (
      details?.unique_pupil_number !== undefined &&
      details.unique_pupil_number_unknown_reason !== undefined
    ) {
      report('/child_details/unique_pupil_number_unknown_reason', {});
    }
  },
};
