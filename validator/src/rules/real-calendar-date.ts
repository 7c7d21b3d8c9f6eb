// Business rule `real-calendar-date`: every date names a day that exists (no 30 February). Runs anywhere.
import { isDateShaped, isRealDate } from '../dates.ts';
import type { DateRule } from './rule.ts';

export const realCalendarDate: DateRule = {
  id: 'real-calendar-date',
  kind: 'date',
  checkDate(value, field, _context, report) {
    // Text not shaped like a date is the schema's finding (schema.date-format).
    if (!isRealDate(value) && isDateShaped(value)) report({ field, value });
  },
};
