// Business rule `real-calendar-date`: every date names a day that exists (no 30 February). Runs anywhere.
import { isRealDate } from '../dates.ts';
import { forEachValue, planFor, pointerFor } from '../field-plan.ts';
import type { RecordRule } from './rule.ts';

export const realCalendarDate: RecordRule = {
  id: 'real-calendar-date',
  kind: 'record',
  check({ record, spec, report }) {
    for (const field of planFor(spec.version).dates) {
      forEachValue(record, field.segments, (value, indexes) => {
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDate(value)) {
          report(pointerFor(field.segments, indexes), { field: field.name, value });
        }
      });
    }
  },
};
