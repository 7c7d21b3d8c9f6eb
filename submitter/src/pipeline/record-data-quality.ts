// After a run's sends: which children went to the DfE with data-quality errors. Their rule ids are kept in
// the state file (for `csc-api status --records`) and listed in the run's audit folder. Runs in Node.
import type { AuditFolder } from '../audit/audit-folder.ts';
import type { StateStore } from '../state/state-store.ts';
import type { Snapshot } from './read-snapshot.ts';

export const dataQualityListName = 'sent-with-data-quality-errors.json';

/** Returns how many children this run sent with data-quality errors. */
export function recordSentWithDataQuality(
  store: StateStore,
  audit: AuditFolder,
  runId: number,
  snapshot: Snapshot,
): number {
  const ids = snapshot.valid.map((child) => child.laChildId);
  const sent = store.recordDataQuality(runId, ids, snapshot.dataQuality);
  const listed = sent.map((child) => ({ la_child_id: child.laChildId, rules: child.rules }));
  audit.writeFile(dataQualityListName, `${JSON.stringify(listed, null, 2)}\n`);
  audit.event('sent-with-data-quality-errors', { count: listed.length, file: dataQualityListName });
  return listed.length;
}
