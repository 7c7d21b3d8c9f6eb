// Business rule `upn-check-letter`: the first letter of a UPN is its modulus 23 check letter. Runs anywhere.
import { setUpn } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import { upnCheckLetter as expectedLetter, isUpnFormat } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnCheckLetter: RecordRule<'upn-check-letter', { value: string; expected: string }> = {
  id: 'upn-check-letter',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'UPN check letter wrong',
  message: 'The UPN {value} has the wrong check letter: it should start with {expected}.',
  hint: "Check the UPN was copied correctly from the school's or the DfE's records.",
  fault: {
    name: 'upn-bad-check-letter',
    change(record) {
      setUpn(record, 'R247962919251');
    },
  },
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn === undefined || !isUpnFormat(upn)) return;
    const expected = expectedLetter(upn);
    if (upn.charAt(0) !== expected) report('/child_details/unique_pupil_number', { value: upn, expected });
  },
};
