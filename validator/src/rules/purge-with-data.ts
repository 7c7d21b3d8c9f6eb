// Business rule `purge-with-data`: a child deletion carries only the identifiers. Runs anywhere.
import type { RecordRule } from './rule.ts';

export const purgeWithData: RecordRule<'purge-with-data', { field: string }> = {
  id: 'purge-with-data',
  kind: 'record',
  severity: 'warning',
  consequence: 'data-quality',
  title: 'Deletion with other data',
  message: 'The child is marked for deletion (purge), but the record also has other data.',
  hint: 'A deletion needs only la_child_id and "purge": true. The rest is ignored.',
  fault: {
    name: 'purge-with-data',
    change(record) {
      record.purge = true;
    },
  },
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
