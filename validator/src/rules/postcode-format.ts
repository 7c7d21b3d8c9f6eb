// Business rule `postcode-format`: child and placement postcodes are UK postcodes. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import { isUkPostcode } from '../postcode.ts';
import { eachObject, stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const postcodeFormat: RecordRule<'postcode-format', { field: string; value: string }> = {
  id: 'postcode-format',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Not a UK postcode',
  message: '{value} is not a UK postcode.',
  hint: 'Write the postcode as the outward code, a space and the inward code, for example AB12 3DE.',
  fault: {
    name: 'bad-postcode',
    change(record) {
      childDetails(record).postcode = 'QQ1 1QQ';
    },
  },
  check({ record, details, report }) {
    const home = stringAt(details, 'postcode');
    if (home !== undefined && home.length <= 8 && !isUkPostcode(home)) {
      report('/child_details/postcode', { field: 'postcode', value: home });
    }
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_looked_after_placements', (placement, p) => {
        const postcode = stringAt(placement, 'postcode');
        if (postcode !== undefined && postcode.length <= 8 && !isUkPostcode(postcode)) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/postcode`, {
            field: 'postcode',
            value: postcode,
          });
        }
      });
    });
  },
};
