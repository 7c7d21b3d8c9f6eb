// Business rule `duplicate-child-id`: each la_child_id appears once in a batch. Runs anywhere.
import { isObject } from '../record-access.ts';
import type { BatchRule } from './rule.ts';

export const duplicateChildId: BatchRule<'duplicate-child-id', { value: string; otherRecord: number }> = {
  id: 'duplicate-child-id',
  kind: 'batch',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Child sent twice in a batch',
  message: 'la_child_id {value} is also used by record {otherRecord}.',
  hint: 'Send each child once in a batch: merge the two records.',
  fault: {
    name: 'duplicate-child',
    change(record, { index }, records) {
      records.splice(index + 1, 0, structuredClone(record));
      return records;
    },
  },
  check({ records, report }) {
    const first = new Map<string, number>();
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      const id = isObject(record) ? record.la_child_id : undefined;
      if (typeof id !== 'string') continue;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else report(i, '/la_child_id', { value: id, otherRecord: seen + 1 });
    }
  },
};
