// Business rule `care-leaver-age`: care leaver details only for young people aged 16 to 25 at the contact. Runs anywhere.
import { ageOn, realDate } from '../dates.ts';
import { eachObject, objectAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const careLeaverAge: RecordRule = {
  id: 'care-leaver-age',
  kind: 'record',
  check({ record, dateOfBirth, report }) {
    if (dateOfBirth === undefined) return;
    eachObject(record, 'social_care_episodes', (episode, e) => {
      const date = realDate(objectAt(episode, 'care_leavers')?.contact_date);
      if (date === undefined) return;
      const age = ageOn(dateOfBirth, date);
      if (age < 16 || age > 25)
        report(`/social_care_episodes/${e}/care_leavers/contact_date`, { age, date, dateOfBirth });
    });
  },
};
