// Business rule `upn-temporary`: a temporary UPN is flagged so the permanent one is found. Runs anywhere.
import { setUpn } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import { isTemporaryUpn, upnCheckLetter, upnLetters } from '../upn.ts';
import type { RecordRule } from './rule.ts';

export const upnTemporary: RecordRule<'upn-temporary', { value: string }> = {
  id: 'upn-temporary',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Temporary UPN',
  message: '{value} is a temporary UPN.',
  hint: 'Send the permanent UPN when the school has it. The temporary one then becomes the former UPN.',
  fault: {
    name: 'upn-temporary',
    change(record) {
      const body = `20812342001${upnLetters.charAt(3)}`;
      setUpn(record, upnCheckLetter(`A${body}`) + body);
    },
  },
  check({ details, report }) {
    const upn = stringAt(details, 'unique_pupil_number');
    if (upn !== undefined && isTemporaryUpn(upn))
      report('/child_details/unique_pupil_number', { value: upn });
  },
};
