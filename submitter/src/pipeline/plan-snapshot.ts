// Reads today's snapshot and plans each child as it is read, into the run's send queue in the state
// file's connection: memory holds one group of records, not the snapshot. Then plans deletions for the
// children that vanished. Runs in Node.

import {
  deletionOf,
  hashRecord,
  type IgnoredFields,
  type KnownChild,
  mayBeHeld,
  planChild,
  type RecordCheck,
} from 'csc-api-validator/delta';
import type { Settings } from '../config/settings.ts';
import type { Progress } from '../output/progress.ts';
import type { Source } from '../source/source.ts';
import type { SendQueue } from '../state/send-queue.ts';
import type { StateStore } from '../state/state-store.ts';
import { readSnapshot, type Snapshot } from './read-snapshot.ts';

const ignoredFieldsKey = 'ignored_fields';

export interface QueuedPlan {
  snapshot: Snapshot;
  queue: SendQueue;
  /** Children the DfE holds, or may hold, that are missing from today's snapshot (delta mode). */
  vanished: string[];
  /** How many children the DfE held, or may hold, before this run (for the truncated-extract guard). */
  held: number;
  /** Changed children sent whole because a partial record could not say the change. */
  fullFallbacks: { laChildId: string; reason: string }[];
}

export interface SnapshotPlanning {
  source: Source;
  check: RecordCheck;
  settings: Settings;
  store: StateStore;
  progress: Progress;
  resumedRunIds: ReadonlySet<number>;
  /** False for a dry run, which must leave the state file as it was. */
  persist: boolean;
}

export async function planSnapshot(options: SnapshotPlanning): Promise<QueuedPlan> {
  const { store, settings } = options;
  const ignored = new Set(settings.ignoreFields);
  const rehashed = rehashIfComparisonChanged(store, ignored, options.persist);
  const known = (laChildId: string): KnownChild | undefined => {
    const child = store.ledger.knownChild(laChildId);
    const sentHash = rehashed.get(laChildId);
    return child !== undefined && sentHash !== undefined ? { ...child, sentHash } : child;
  };
  const queue = store.sendQueue();
  const fullFallbacks: QueuedPlan['fullFallbacks'] = [];
  const rules = {
    mode: settings.mode,
    partial: settings.partial,
    ignored,
    resumedRunIds: options.resumedRunIds,
    sentRecord: (id: string) => store.ledger.sentRecord(id),
  };
  const snapshot = await readSnapshot(
    options.source,
    options.check,
    {
      see: (id) => queue.see(id),
      accept: (child) => {
        const { send, fullFallback } = planChild(child, known(child.laChildId), rules);
        if (send === null) queue.addUnchanged(child.laChildId);
        else queue.add(send);
        if (fullFallback !== null) fullFallbacks.push({ laChildId: child.laChildId, reason: fullFallback });
      },
      duplicates: () => queue.duplicates(),
      drop: (ids) => queue.drop(ids),
      group: (work) => queue.together(work),
    },
    options.progress,
  );

  const vanished: string[] = [];
  let held = 0;
  for (const child of queue.knownChildren()) {
    if (!mayBeHeld(child)) continue;
    held += 1;
    if (settings.mode === 'delta' && !child.present) vanished.push(child.laChildId);
  }
  for (const laChildId of vanished) queue.add(deletionOf(laChildId));
  return { snapshot, queue, vanished, held, fullFallbacks };
}

/**
 * Stored hashes are only comparable under the ignored-fields list they were made with. When the list
 * changes, re-hash what the DfE holds under the new list, so only real changes are sent; returns the
 * new hashes (none when the list is unchanged).
 */
function rehashIfComparisonChanged(
  store: StateStore,
  ignored: IgnoredFields,
  persist: boolean,
): Map<string, string> {
  const hashes = new Map<string, string>();
  const key = JSON.stringify([...ignored].sort());
  if ((store.meta(ignoredFieldsKey) ?? '[]') === key) return hashes;
  for (const { laChildId, record } of store.ledger.heldRecords())
    hashes.set(laChildId, hashRecord(JSON.parse(record), ignored));
  if (!persist) return hashes;
  store.ledger.updateSentHashes([...hashes]);
  store.setMeta(ignoredFieldsKey, key);
  return hashes;
}
