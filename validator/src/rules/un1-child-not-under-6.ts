// Business rule `un1-child-not-under-6`: UPN unknown reason UN1 says the child is under 6 and not yet
// at school, so it does not fit a child who was 6 or more when the collection year began. Runs anywhere.
import { ageOn, collectionYear } from '../dates.ts';
import { stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const un1ChildNotUnder6: RecordRule = {
  id: 'un1-child-not-under-6',
  kind: 'record',
  check({ details, dateOfBirth, today, report }) {
    if (dateOfBirth === undefined || stringAt(details, 'unique_pupil_number_unknown_reason') !== 'UN1')
      return;
    // Judged at the start of the year, as the census does, so a child turning 6 mid-year is not flagged.
    const yearStart = `${collectionYear(today).slice(0, 4)}-04-01`;
    const age = ageOn(dateOfBirth, yearStart);
    if (age >= 6) report('/child_details/unique_pupil_number_unknown_reason', { age, yearStart });
  },
};
