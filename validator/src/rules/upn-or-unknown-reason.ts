// Business rule `upn-or-unknown-reason`: a full record has a UPN or a reason it is unknown. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const upnOrUnknownReason: RecordRule = {
  id: 'upn-or-unknown-reason',
  kind: 'record',
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
