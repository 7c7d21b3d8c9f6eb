// Business rule `postcode-format`: child and placement postcodes are UK postcodes. Runs anywhere.
import { isUkPostcode } from '../postcode.ts';
import { eachObject, stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const postcodeFormat: RecordRule = {
  id: 'postcode-format',
  kind: 'record',
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
