// Business rule `purge-with-data`: a child deletion carries only the identifiers. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const purgeWithData: RecordRule = {
  id: 'purge-with-data',
  kind: 'record',
  check({ record, report }) {
    if (record.purge !== true) return;
    for (const key of Object.keys(record)) {
      if (key !== 'la_child_id' && key !== 'mis_child_id' && key !== 'purge') {
        report(`/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, { field: key });
        return;
      }
    }
  },
};
