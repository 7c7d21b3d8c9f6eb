// Decides what each child gets sent today: full records, partial records, deletions, or nothing.
// Runs in Node.
import type { RunMode } from '../config/settings.ts';
import type { KnownChild, PlannedSend } from '../state/state-store.ts';
import { buildPartialPayload } from './build-partial-payload.ts';
import { hashRecord, hashText, type IgnoredFields } from './hash-record.ts';

export interface SnapshotChild {
  laChildId: string;
  record: Record<string, unknown>;
}

export interface PlanInput {
  mode: RunMode;
  partial: boolean;
  ignored: IgnoredFields;
  /** Valid children from today's snapshot. */
  children: readonly SnapshotChild[];
  /** Every la_child_id in today's snapshot, valid or not: a child with errors has not vanished. */
  presentIds: ReadonlySet<string>;
  known: ReadonlyMap<string, KnownChild>;
  /** Unfinished runs this run continues: children they confirmed with the same content are not sent again. */
  resumedRunIds: ReadonlySet<number>;
  sentRecord: (laChildId: string) => string | null;
}

export interface Plan {
  sends: PlannedSend[];
  /** Children whose content matches what the DfE already holds. */
  unchanged: string[];
  /** Children the DfE holds, or may hold, that are missing from today's snapshot (delta mode). */
  vanished: string[];
  /** How many children the DfE held, or may hold, before this run (for the truncated-extract guard). */
  held: number;
  /** Changed children sent whole because a partial record could not say the change. */
  fullFallbacks: { laChildId: string; reason: string }[];
}

export function planSends(input: PlanInput): Plan {
  const sends: PlannedSend[] = [];
  const unchanged: string[] = [];
  const fullFallbacks: Plan['fullFallbacks'] = [];
  for (const { laChildId, record } of input.children) {
    const known = input.known.get(laChildId);
    const recordJson = JSON.stringify(record);
    const rawHash = hashText(recordJson);
    // Most children are unchanged and serialised the same way each day: the raw hash settles those cheaply.
    const heldExactly = known !== undefined && known.sentRawHash === rawHash && known.sentHash !== null;
    const hash = heldExactly ? (known.sentHash as string) : hashRecord(record, input.ignored);
    const full: PlannedSend = {
      laChildId,
      kind: 'full',
      record: recordJson,
      hash,
      rawHash,
      payload: recordJson,
    };
    // After a send with an unknown outcome the DfE may hold something else than the confirmed record.
    const heldSame = known !== undefined && known.outcomeUnknown !== true && known.sentHash === hash;
    if (input.mode === 'full') {
      const confirmedInResumedRun =
        heldSame &&
        known.sentRunId !== null &&
        input.resumedRunIds.has(known.sentRunId) &&
        known.status === 'sent';
      if (confirmedInResumedRun) unchanged.push(laChildId);
      else sends.push(full);
      continue;
    }
    if (heldSame) {
      unchanged.push(laChildId);
      continue;
    }
    const previousJson =
      known?.sentHash && known.outcomeUnknown !== true ? input.sentRecord(laChildId) : null;
    if (!input.partial || previousJson === null) {
      sends.push(full);
      continue;
    }
    const partial = buildPartialPayload(
      JSON.parse(previousJson) as Record<string, unknown>,
      record,
      input.ignored,
    );
    if (partial.kind === 'full') {
      fullFallbacks.push({ laChildId, reason: partial.reason });
      sends.push(full);
    } else {
      sends.push({ ...full, kind: 'partial', payload: JSON.stringify(partial.payload) });
    }
  }

  const vanished: string[] = [];
  let held = 0;
  for (const child of input.known.values()) {
    const mayBeHeld =
      child.outcomeUnknown === true || (child.sentHash !== null && child.status !== 'deleted');
    if (!mayBeHeld) continue;
    held += 1;
    if (input.mode === 'delta' && !input.presentIds.has(child.laChildId)) vanished.push(child.laChildId);
  }
  for (const laChildId of vanished) {
    sends.push({
      laChildId,
      kind: 'delete',
      record: null,
      hash: null,
      rawHash: null,
      payload: JSON.stringify({ la_child_id: laChildId, purge: true }),
    });
  }
  return { sends, unchanged, vanished, held, fullFallbacks };
}
