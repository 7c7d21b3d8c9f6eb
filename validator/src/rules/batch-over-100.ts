// Business rule `batch-over-100`: a batch over the API limit is flagged; the submitter splits it. Runs anywhere.
import type { BatchRule } from './rule.ts';

export const batchOver100: BatchRule = {
  id: 'batch-over-100',
  kind: 'batch',
  check({ records, spec, report }) {
    const limit = spec.batch.maxItems;
    if (records.length > limit) report(null, '', { count: records.length, limit });
  },
};
