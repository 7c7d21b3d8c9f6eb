// Business rule `text-characters`: names hold no control characters or broken surrogate pairs. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacter = /[\u0000-\u001f\u007f]/;
// Half of a surrogate pair cannot be encoded as UTF-8, so the API would receive a replacement character.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const textCharacters: RecordRule<'text-characters', { field: string }> = {
  id: 'text-characters',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Characters that cannot be sent',
  message: '{field} contains characters that cannot be sent: control characters or half of an emoji.',
  hint: 'Remove the character; it is often left over from copying and pasting.',
  fault: {
    name: 'bad-text-characters',
    change(record) {
      childDetails(record).first_name = 'Sam\ud83d';
    },
  },
  check({ details, report }) {
    for (const field of ['first_name', 'surname']) {
      const text = stringAt(details, field);
      if (text !== undefined && (loneSurrogate.test(text) || controlCharacter.test(text))) {
        report(`/child_details/${field}`, { field });
      }
    }
  },
};
