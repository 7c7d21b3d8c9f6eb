// Business rule `care-leaver-age`: care leaver details only for young people aged 16 to 25 at the contact. Runs anywhere.
import { addYears, ageOn, realDate } from '../dates.ts';
import { bornChild, firstEpisode, objectIn } from '../faults/record-parts.ts';
import { isObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const careLeaverAge: RecordRule<
  'care-leaver-age',
  { age: number; date: string; dateOfBirth: string }
> = {
  id: 'care-leaver-age',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Care leaver outside 16 to 25',
  message:
    'The young person was {age} at the care leaver contact on {date}. Care leaver details are for ages 16 to 25.',
  hint: 'Check the date of birth and the contact date, or leave care_leavers out.',
  fault: {
    name: 'care-leaver-too-young',
    change(record, { today }) {
      bornChild(record, today).date_of_birth = addYears(today, -12);
      objectIn(firstEpisode(record), 'care_leavers').contact_date = today;
    },
  },
  check({ record, dateOfBirth, report }) {
    if (dateOfBirth === undefined) return;
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const date = realDate(objectAt(episode, 'care_leavers')?.contact_date);
      if (date === undefined) continue;
      const age = ageOn(dateOfBirth, date);
      if (age < 16 || age > 25)
        report(`/social_care_episodes/${e}/care_leavers/contact_date`, { age, date, dateOfBirth });
    }
  },
};
