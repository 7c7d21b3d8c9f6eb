// Business rule `real-calendar-date`: every date names a day that exists (no 30 February). Runs anywhere.
import { isDateShaped, isRealDate } from '../dates.ts';
import { firstEpisode } from '../faults/record-parts.ts';
import type { DateRule } from './rule.ts';

export const realCalendarDate: DateRule<'real-calendar-date', { field: string; value: string }> = {
  id: 'real-calendar-date',
  kind: 'date',
  severity: 'error',
  consequence: 'rejected',
  title: 'Date that does not exist',
  message: '{field} is {value}, which is not a real date.',
  hint: 'Check the day and month: for example, February has 28 days, or 29 in a leap year.',
  fault: {
    name: 'impossible-date',
    change(record) {
      firstEpisode(record).referral_date = '2025-02-30';
    },
  },
  checkDate(value, field, _context, report) {
    // Text not shaped like a date is the schema's finding (schema.date-format).
    if (!isRealDate(value) && isDateShaped(value)) report({ field, value });
  },
};
