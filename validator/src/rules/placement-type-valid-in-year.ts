// Business rule `placement-type-valid-in-year`: a placement type is one used in the collection year the
// placement started. Runs anywhere.
import { collectionYear, realDate } from '../dates.ts';
import { firstPlacement } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
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

export const placementTypeValidInYear: RecordRule<
  'placement-type-valid-in-year',
  { value: string; year: string }
> = {
  id: 'placement-type-valid-in-year',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Placement type not used that year',
  message: '{value} is not a placement type for placements starting in {year}.',
  hint: 'Placement types change between years: for example Z11 to Z14 replaced Z1 from 2025 to 2026, and K3 replaced H5.',
  fault: {
    name: 'placement-type-wrong-year',
    change(record) {
      const p = firstPlacement(record);
      p.start_date = '2025-06-01';
      p.placement_type = 'Z1';
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const placements = episode.child_looked_after_placements;
      if (!Array.isArray(placements)) continue;
      for (let p = 0; p < placements.length; p++) {
        const placement = placements[p];
        if (!isObject(placement)) continue;
        const type = placement.placement_type;
        if (typeof type !== 'string') continue;
        const limits = limitsByCode.get(type);
        if (!limits) continue;
        const start = realDate(placement.start_date);
        if (start !== undefined && (start < limits.from || start > limits.to)) {
          report(`/social_care_episodes/${e}/child_looked_after_placements/${p}/placement_type`, {
            value: type,
            year: collectionYear(start),
          });
        }
      }
    }
  },
};
