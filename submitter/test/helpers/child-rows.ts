// The state file's children rows by la_child_id, read after a run. Runs in Node under Vitest.
import { StateStore } from '../../src/state/state-store.ts';
import type { ChildRow } from '../../src/state/status-queries.ts';

export function childRows(statePath: string): Map<string, ChildRow> {
  const store = StateStore.open(statePath);
  try {
    return new Map(store.status.children().map((row) => [row.la_child_id, row]));
  } finally {
    store.close();
  }
}
