// Business rule `date-not-in-future`: no date after today (with a day's grace for time zones), except an expected date of birth. Runs anywhere.
import { isRealDate } from '../dates.ts';
import type { DateRule } from './rule.ts';

export const dateNotInFuture: DateRule = {
  id: 'date-not-in-future',
  kind: 'date',
  checkDate(value, field, { tomorrow }, report) {
    // ISO dates compare as text, so the cheap comparison goes first.
    if (value > tomorrow && field !== 'expected_date_of_birth' && isRealDate(value)) report({ field, value });
  },
};
