// Business rule `postcode-format`: child and placement postcodes are UK postcodes. Runs anywhere.
import { childDetails } from '../faults/record-parts.ts';
import { isUkPostcode } from '../postcode.ts';
import { isObject, stringAt } from '../record-access.ts';
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
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const placements = episode.child_looked_after_placements;
      if (!Array.isArray(placements)) continue;
      for (let p = 0; p < placements.length; p++) {
        const placement = placements[p];
        if (!isObject(placement)) continue;
        const postcode = stringAt(placement, 'postcode');
        if (postcode !== undefined && postcode.length <= 8 && !isUkPostcode(postcode)) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/postcode`, {
            field: 'postcode',
            value: postcode,
          });
        }
      }
    }
  },
};
