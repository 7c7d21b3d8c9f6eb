// Business rule `placement-type-valid-in-year`: a placement type is one used in the collection year the placement started. Runs anywhere.
import { collectionYear, realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import { codeSets } from '../spec/spec-data.ts';
import type { RecordRule } from './rule.ts';

// Collection years compare as text ("2024-25" < "2025-26").
const yearsByCode = new Map(
  (codeSets.placement_type?.codes ?? [])
    .filter((c) => c.validFrom !== undefined || c.validTo !== undefined)
    .map((c) => [c.code, { from: c.validFrom, to: c.validTo }]),
);

export const placementTypeValidInYear: RecordRule = {
  id: 'placement-type-valid-in-year',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_looked_after_placements', (placement, p) => {
        const type = placement.placement_type;
        const start = realDate(placement.start_date);
        if (typeof type !== 'string' || start === undefined) return;
        const years = yearsByCode.get(type);
        if (!years) return;
        const year = collectionYear(start);
        if ((years.from !== undefined && year < years.from) || (years.to !== undefined && year > years.to)) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/placement_type`, {
            value: type,
            year,
          });
        }
      });
    });
  },
};
