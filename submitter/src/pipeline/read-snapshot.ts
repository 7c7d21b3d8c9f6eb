// Reads every record from the source and sorts them into sendable children and children with
// errors, using the validation gate. Runs in Node.

import type { SnapshotChild } from '../delta/plan-sends.ts';
import type { RecordCheck } from '../gate/record-check.ts';
import type { Progress } from '../output/progress.ts';
import type { Source } from '../source/source.ts';
import type { DataQualityChild, InvalidChild } from '../state/state-store.ts';

export interface Snapshot {
  recordsRead: number;
  valid: SnapshotChild[];
  invalid: InvalidChild[];
  /** Children to be sent although they have data-quality errors, with the rule ids. */
  dataQuality: DataQualityChild[];
  /** Records with no usable la_child_id: they cannot be tracked, so they are reported by position. */
  untracked: { origin: string; message: string }[];
  presentIds: Set<string>;
}

export async function readSnapshot(
  source: Source,
  check: RecordCheck,
  progress?: Progress,
): Promise<Snapshot> {
  const origins: string[] = [];
  const records: unknown[] = [];
  for await (const { record, origin } of source.records()) {
    records.push(record);
    origins.push(origin);
  }
  const problems = check(records, (done, total) => progress?.update('Checking', done, total));
  progress?.done();
  const occurrences = new Map<string, number>();
  for (const record of records) {
    const id = childId(record);
    if (id !== null) occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
  }
  const snapshot: Snapshot = {
    recordsRead: records.length,
    valid: [],
    invalid: [],
    dataQuality: [],
    untracked: [],
    presentIds: new Set(),
  };
  const reportedInvalid = new Set<string>();
  for (const [index, record] of records.entries()) {
    const id = childId(record);
    const problem = problems.get(index);
    if (id === null) {
      snapshot.untracked.push({
        origin: origins[index] as string,
        message: problem?.message ?? 'The record has no la_child_id, so it cannot be sent or tracked.',
      });
      continue;
    }
    snapshot.presentIds.add(id);
    const count = occurrences.get(id) ?? 0;
    if (count > 1) {
      if (!reportedInvalid.has(id)) {
        reportedInvalid.add(id);
        snapshot.invalid.push({
          laChildId: id,
          rules: ['duplicate-la-child-id'],
          error: `This la_child_id appears ${count} times in the snapshot, so it is not clear which record is right. Send one record per child.`,
        });
      }
      continue;
    }
    if (problem?.withhold) {
      snapshot.invalid.push({ laChildId: id, rules: problem.rules, error: problem.message });
      continue;
    }
    if (problem !== undefined) snapshot.dataQuality.push({ laChildId: id, rules: problem.rules });
    snapshot.valid.push({ laChildId: id, record: record as Record<string, unknown> });
  }
  return snapshot;
}

function childId(record: unknown): string | null {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return null;
  const id = (record as { la_child_id?: unknown }).la_child_id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}
