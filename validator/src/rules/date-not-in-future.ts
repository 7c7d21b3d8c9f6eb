// Business rule `date-not-in-future`: no date after today, except an expected date of birth. Runs anywhere.
import { realDate } from '../dates.ts';
import { forEachValue, planFor, pointerFor } from '../field-plan.ts';
import type { RecordRule } from './rule.ts';

export const dateNotInFuture: RecordRule = {
  id: 'date-not-in-future',
  kind: 'record',
  check({ record, spec, today, report }) {
    for (const field of planFor(spec.version).dates) {
      if (field.name === 'expected_date_of_birth') continue;
      forEachValue(record, field.segments, (value, indexes) => {
        const date = realDate(value);
        if (date !== undefined && date > today)
          report(pointerFor(field.segments, indexes), { field: field.name, value });
      });
    }
  },
};
