// Business rule `date-not-in-future`: no date after today (with a day's grace for time zones), except an expected date of birth. Runs anywhere.
import { dayNumber, isoFromDay, isRealDate } from '../dates.ts';
import { firstEpisode } from '../faults/record-parts.ts';
import type { DateRule } from './rule.ts';

export const dateNotInFuture: DateRule<'date-not-in-future', { field: string; value: string }> = {
  id: 'date-not-in-future',
  kind: 'date',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Date in the future',
  message: '{field} is {value}, which is in the future.',
  hint: 'Dates of things that have happened must be on or before today. Only an expected date of birth can be in the future.',
  fault: {
    name: 'future-date',
    change(record, { today }) {
      firstEpisode(record).referral_date = isoFromDay(dayNumber(today) + 40);
    },
  },
  checkDate(value, field, { tomorrow }, report) {
    // ISO dates compare as text, so the cheap comparison goes first.
    if (value > tomorrow && field !== 'expected_date_of_birth' && isRealDate(value)) report({ field, value });
  },
};
