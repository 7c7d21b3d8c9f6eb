// Decides what each child gets sent today: full records, partial records, deletions, or nothing.
// csc-api plans with it as it reads a snapshot; the compare page plans two extracts with it. Runs anywhere.
import { buildPartialPayload } from './build-partial-payload.ts';
import { hashRecord, hashText, type IgnoredFields } from './hash-record.ts';

/** full: every valid child is sent; delta: only new and changed children, and deletions. */
export type RunMode = 'full' | 'delta';
export type ChildStatus = 'pending' | 'sending' | 'sent' | 'deleted' | 'failed' | 'invalid';
export type PayloadKind = 'full' | 'partial' | 'delete';

/** What csc-api's state file knows of a child. */
export interface KnownChild {
  laChildId: string;
  status: ChildStatus;
  sentHash: string | null;
  /** Hash of the record exactly as last sent, when known (see hashText). */
  sentRawHash?: string | null;
  sentRunId: number | null;
  /**
   * A send since the last confirmed one had an unknown outcome: until a later send is confirmed, the
   * DfE may hold that send's content (or nothing, for a deletion) rather than the confirmed record.
   */
  outcomeUnknown?: boolean;
}

export interface PlannedSend {
  laChildId: string;
  kind: PayloadKind;
  /** The child's whole record as it should be held by the DfE once this send is confirmed; null for a deletion. */
  record: string | null;
  hash: string | null;
  /** Hash of `record` exactly as serialised (see hashText); kept for a quick comparison next time. */
  rawHash?: string | null;
  /** The exact JSON sent for this child. */
  payload: string;
}

export interface SnapshotChild {
  laChildId: string;
  record: Record<string, unknown>;
}

/** What the plan for any one child depends on, apart from the child and what is known of it. */
export interface ChildPlanRules {
  mode: RunMode;
  partial: boolean;
  ignored: IgnoredFields;
  /** Unfinished runs this run continues: children they confirmed with the same content are not sent again. */
  resumedRunIds: ReadonlySet<number>;
  sentRecord: (laChildId: string) => string | null;
}

export interface PlanInput extends ChildPlanRules {
  /** Valid children from today's snapshot. */
  children: readonly SnapshotChild[];
  /** Every la_child_id in today's snapshot, valid or not: a child with errors has not vanished. */
  presentIds: ReadonlySet<string>;
  known: ReadonlyMap<string, KnownChild>;
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

/** One child's plan: what to send (null when the DfE already holds it), and why a partial record fell back to whole. */
export interface ChildPlan {
  send: PlannedSend | null;
  fullFallback: string | null;
}

/** Plans a whole snapshot held in memory; a csc-api run plans child by child as it reads. */
export function planSends(input: PlanInput): Plan {
  const plan: Plan = { sends: [], unchanged: [], vanished: [], held: 0, fullFallbacks: [] };
  for (const child of input.children) {
    const { send, fullFallback } = planChild(child, input.known.get(child.laChildId), input);
    if (send === null) plan.unchanged.push(child.laChildId);
    else plan.sends.push(send);
    if (fullFallback !== null) plan.fullFallbacks.push({ laChildId: child.laChildId, reason: fullFallback });
  }
  for (const child of input.known.values()) {
    if (!mayBeHeld(child)) continue;
    plan.held += 1;
    if (input.mode === 'delta' && !input.presentIds.has(child.laChildId)) plan.vanished.push(child.laChildId);
  }
  for (const laChildId of plan.vanished) plan.sends.push(deletionOf(laChildId));
  return plan;
}

export function planChild(
  { laChildId, record }: SnapshotChild,
  known: KnownChild | undefined,
  rules: ChildPlanRules,
): ChildPlan {
  const recordJson = JSON.stringify(record);
  const rawHash = hashText(recordJson);
  // Most children are unchanged and serialised the same way each day: the raw hash settles those cheaply.
  const heldExactly = known !== undefined && known.sentRawHash === rawHash && known.sentHash !== null;
  const hash = heldExactly ? (known.sentHash as string) : hashRecord(record, rules.ignored);
  const full: ChildPlan = {
    send: { laChildId, kind: 'full', record: recordJson, hash, rawHash, payload: recordJson },
    fullFallback: null,
  };
  const unchanged: ChildPlan = { send: null, fullFallback: null };
  // After a send with an unknown outcome the DfE may hold something else than the confirmed record.
  const heldSame = known !== undefined && known.outcomeUnknown !== true && known.sentHash === hash;
  if (rules.mode === 'full') {
    const confirmedInResumedRun =
      heldSame &&
      known.sentRunId !== null &&
      rules.resumedRunIds.has(known.sentRunId) &&
      known.status === 'sent';
    return confirmedInResumedRun ? unchanged : full;
  }
  if (heldSame) return unchanged;
  const previousJson = known?.sentHash && known.outcomeUnknown !== true ? rules.sentRecord(laChildId) : null;
  if (!rules.partial || previousJson === null) return full;
  const partial = buildPartialPayload(
    JSON.parse(previousJson) as Record<string, unknown>,
    record,
    rules.ignored,
  );
  if (partial.kind === 'full') return { ...full, fullFallback: partial.reason };
  return {
    send: { ...(full.send as PlannedSend), kind: 'partial', payload: JSON.stringify(partial.payload) },
    fullFallback: null,
  };
}

/** Whether the DfE holds, or may hold, something for a child: a confirmed record, or a send of unknown outcome. */
export function mayBeHeld(child: Pick<KnownChild, 'status' | 'sentHash' | 'outcomeUnknown'>): boolean {
  return child.outcomeUnknown === true || (child.sentHash !== null && child.status !== 'deleted');
}

/** The purge sent for a child that has left the snapshot. */
export function deletionOf(laChildId: string): PlannedSend {
  return {
    laChildId,
    kind: 'delete',
    record: null,
    hash: null,
    rawHash: null,
    payload: JSON.stringify({ la_child_id: laChildId, purge: true }),
  };
}
