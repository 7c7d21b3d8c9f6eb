// Business rule `upn-format`: a 13-character UPN is a letter and 12 digits, or a letter, 11 digits and a letter. Runs anywhere.
import { setUpn } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import { isUpnFormat } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnFormat: RecordRule<'upn-format', { value: string }> = {
  id: 'upn-format',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'UPN not in UPN format',
  message: 'The UPN {value} is not in UPN format.',
  hint: 'A UPN is a letter and 12 digits, or a letter, 11 digits and a letter for a temporary UPN. The letters I, O and S are not used.',
  fault: {
    name: 'upn-bad-format',
    change(record) {
      setUpn(record, 'ABC0123456789');
    },
  },
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn !== undefined && upn.length === 13 && !isUpnFormat(upn)) {
      report('/child_details/unique_pupil_number', { value: upn });
    }
  },
};
