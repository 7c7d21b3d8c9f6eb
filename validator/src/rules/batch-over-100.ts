// Business rule `batch-over-100`: a batch over the API limit is flagged; the submitter splits it. Runs anywhere.
import type { JsonObject } from '../record-access.ts';
import type { BatchRule } from './rule.ts';

export const batchOver100: BatchRule<'batch-over-100', { count: number; limit: number }> = {
  id: 'batch-over-100',
  kind: 'batch',
  severity: 'warning',
  consequence: 'rejected',
  title: 'More than 100 records',
  message: 'The input has {count} records. The API takes at most {limit} in one request.',
  hint: 'csc-api splits larger inputs into batches of {limit} when it sends them. If you send another way, split the file.',
  fault: {
    name: 'batch-over-100',
    change(_record, _context, records) {
      const out = [...records];
      for (let i = 0; out.length <= 100; i++) {
        const copy = structuredClone(records[i % records.length] as JsonObject);
        copy.la_child_id = `OVER${i}`;
        out.push(copy);
      }
      return out;
    },
  },
  check({ records, spec, report }) {
    const limit = spec.batch.maxItems;
    if (records.length > limit) report(null, '', { count: records.length, limit });
  },
};
