// Business rule `placement-type-valid-in-year`: a placement type is one used in the collection year the
// placement started. Runs anywhere.
import { collectionYear, realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import { codeSets } from '../spec/spec-data.ts';
import type { RecordRule } from './rule.ts';

// A collection year "2025-26" runs from 2025-04-01 to 2026-03-31; dates compare as text.
const yearStart = (year: string) => `${year.slice(0, 4)}-04-01`;
const yearEnd = (year: string) => `${Number(year.slice(0, 4)) + 1}-03-31`;

const limitsByCode = new Map(
  (codeSets.placement_type?.codes ?? [])
    .filter((c) => c.validFrom !== undefined || c.validTo !== undefined)
    .map((c) => [
      c.code,
      {
        from: c.validFrom === undefined ? '' : yearStart(c.validFrom),
        to: c.validTo === undefined ? '9999-12-31' : yearEnd(c.validTo),
      },
    ]),
);

export const placementTypeValidInYear: RecordRule = {
  id: 'placement-type-valid-in-year',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_looked_after_placements', (placement, p) => {
        const type = placement.placement_type;
        const limits = typeof type === 'string' ? limitsByCode.get(type) : undefined;
        if (!limits) return;
        const start = realDate(placement.start_date);
        if (start !== undefined && (start < limits.from || start > limits.to)) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/placement_type`, {
            value: type,
            year: collectionYear(start),
          });
        }
      });
    });
  },
};
