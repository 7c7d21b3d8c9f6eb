// Business rule `un1-child-not-under-6`: UPN unknown reason UN1 says the child is under 6 and not yet
// at school, so it does not fit a child who was 6 or more when the collection year began. Runs anywhere.
import { addYears, ageOn, collectionYear } from '../dates.ts';
import { bornChild } from '../faults/record-parts.ts';
import { stringAt } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const un1ChildNotUnder6: RecordRule<'un1-child-not-under-6', { age: number; yearStart: string }> = {
  id: 'un1-child-not-under-6',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'UN1 for a child aged 6 or more',
  message:
    'UN1 means a child under 6, but the child was {age} on {yearStart}, the start of the collection year.',
  hint: "Send the child's UPN from their school, or the reason that fits now, such as UN2 or UN3.",
  fault: {
    name: 'un1-child-aged-6',
    change(record, { today }) {
      const d = bornChild(record, today);
      // Older is safe for the other date rules (placements and SDQs stay after birth).
      if (ageOn(String(d.date_of_birth), `${collectionYear(today).slice(0, 4)}-04-01`) < 6) {
        d.date_of_birth = addYears(today, -10);
      }
      delete d.unique_pupil_number;
      delete d.former_unique_pupil_number;
      d.unique_pupil_number_unknown_reason = 'UN1';
    },
  },
  check({ details, dateOfBirth, today, report }) {
    if (dateOfBirth === undefined || stringAt(details, 'unique_pupil_number_unknown_reason') !== 'UN1')
      return;
    // Judged at the start of the year, as the census does, so a child turning 6 mid-year is not flagged.
    const yearStart = `${collectionYear(today).slice(0, 4)}-04-01`;
    const age = ageOn(dateOfBirth, yearStart);
    if (age >= 6) report('/child_details/unique_pupil_number_unknown_reason', { age, yearStart });
  },
};
