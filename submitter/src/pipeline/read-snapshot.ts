// Reads the source's records a group at a time, checks each group with the validation gate and hands
// each sendable child on as it goes, so no more than one group of records is held in memory. Children
// with errors are listed; a child whose la_child_id turns out to be duplicated is taken back. Runs in Node.

import type { RecordCheck, SnapshotChild } from 'csc-api-validator/delta';
import type { Progress } from '../output/progress.ts';
import type { Source, SourceRecord } from '../source/source.ts';
import type { DataQualityChild, InvalidChild } from '../state/child-ledger.ts';
import { gateRecords } from './gate-records.ts';

export interface Snapshot {
  recordsRead: number;
  invalid: InvalidChild[];
  /** Children to be sent although they have data-quality errors, with the rule ids. */
  dataQuality: DataQualityChild[];
  /** Records with no usable la_child_id: they cannot be tracked, so they are reported by position. */
  untracked: { origin: string; message: string }[];
}

/** Where the children read go. */
export interface SnapshotSink {
  /** Every la_child_id read, valid or not: a child with errors has not vanished. */
  see(laChildId: string): void;
  /** A child that passed the gate, as it is read. */
  accept(child: SnapshotChild): void;
  /** After reading: the la_child_ids read more than once, with how many times. */
  duplicates(): [string, number][];
  /** Takes back the children accepted under those la_child_ids. */
  drop(laChildIds: readonly string[]): void;
  /** Runs the handling of one group of records, so the sink can take them in one go. */
  group(work: () => void): void;
}

/** The gate checks one request's worth of records at a time, as the DfE will see them. */
const groupSize = 100;

export async function readSnapshot(
  source: Source,
  check: RecordCheck,
  sink: SnapshotSink,
  progress?: Progress,
): Promise<Snapshot> {
  const snapshot: Snapshot = { recordsRead: 0, invalid: [], dataQuality: [], untracked: [] };
  let group: SourceRecord[] = [];
  const checkGroup = () => {
    const verdicts = gateRecords(
      group.map((item) => item.record),
      check,
    );
    sink.group(() => {
      for (const [index, verdict] of verdicts.entries()) {
        if (verdict.kind === 'untracked') {
          snapshot.untracked.push({
            origin: (group[index] as SourceRecord).origin,
            message:
              verdict.problem?.message ?? 'The record has no la_child_id, so it cannot be sent or tracked.',
          });
          continue;
        }
        const { laChildId, problem } = verdict;
        sink.see(laChildId);
        if (verdict.kind === 'withheld') {
          snapshot.invalid.push({ laChildId, rules: verdict.problem.rules, error: verdict.problem.message });
          continue;
        }
        if (problem !== undefined) snapshot.dataQuality.push({ laChildId, rules: problem.rules });
        sink.accept({ laChildId, record: verdict.record });
      }
    });
    snapshot.recordsRead += group.length;
    group = [];
    progress?.update('Checking', snapshot.recordsRead, null);
  };
  for await (const item of source.records()) {
    group.push(item);
    if (group.length === groupSize) checkGroup();
  }
  if (group.length > 0) checkGroup();
  progress?.update('Checking', snapshot.recordsRead, snapshot.recordsRead);
  progress?.done();
  takeBackDuplicates(snapshot, sink);
  return snapshot;
}

/** A child whose la_child_id is read more than once is not sent: it is not clear which record is right. */
function takeBackDuplicates(snapshot: Snapshot, sink: SnapshotSink): void {
  const duplicates = sink.duplicates();
  if (duplicates.length === 0) return;
  const ids = new Set(duplicates.map(([id]) => id));
  sink.drop([...ids]);
  snapshot.invalid = snapshot.invalid.filter((child) => !ids.has(child.laChildId));
  snapshot.dataQuality = snapshot.dataQuality.filter((child) => !ids.has(child.laChildId));
  for (const [id, count] of duplicates) {
    snapshot.invalid.push({
      laChildId: id,
      rules: ['duplicate-la-child-id'],
      error: `This la_child_id appears ${count} times in the snapshot, so it is not clear which record is right. Send one record per child.`,
    });
  }
}
