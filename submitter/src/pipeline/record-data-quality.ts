// After a run's sends: which children went to the DfE with data-quality errors. Their rule ids are kept in
// the state file (for `csc-api status --records`) and listed in the run's audit folder. Runs in Node.
import type { AuditFolder } from '../audit/audit-folder.ts';
import type { DataQualityChild } from '../state/child-ledger.ts';
import type { StateStore } from '../state/state-store.ts';

export const dataQualityListName = 'sent-with-data-quality-errors.json';

/**
 * `snapshotIds` are the children of the snapshot that passed the gate. Returns how many children this run
 * sent with data-quality errors.
 */
export function recordSentWithDataQuality(
  store: StateStore,
  audit: AuditFolder,
  runId: number,
  snapshotIds: Iterable<string>,
  dataQuality: readonly DataQualityChild[],
): number {
  const sent = store.ledger.recordDataQuality(runId, snapshotIds, dataQuality);
  const listed = sent.map((child) => ({ la_child_id: child.laChildId, rules: child.rules }));
  audit.writeFile(dataQualityListName, `${JSON.stringify(listed, null, 2)}\n`);
  audit.event('sent-with-data-quality-errors', { count: listed.length, file: dataQualityListName });
  return listed.length;
}

/** For a dry run: how many of the planned sends carry data-quality errors. */
export function countDataQualitySends(
  sends: Iterable<{ laChildId: string }>,
  dataQuality: readonly DataQualityChild[],
): number {
  const ids = new Set(dataQuality.map((child) => child.laChildId));
  let count = 0;
  for (const send of sends) if (ids.has(send.laChildId)) count += 1;
  return count;
}
