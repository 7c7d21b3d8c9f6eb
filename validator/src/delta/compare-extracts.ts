// What csc-api would send for two extracts: a full run of the extract last sent (which leaves the state
// file holding its valid children), then a delta run of today's. Reads each extract as a run reads a
// snapshot (the same gate, request-sized groups, duplicated la_child_ids taken back) and plans with the
// run's own planner. Plain data in and out, for the compare page's Web Worker and for tests. Runs anywhere.
import { currentSpecVersion, getSpecVersion } from '../spec/spec-data.ts';
import type { IgnoredFields } from './hash-record.ts';
import {
  type KnownChild,
  type Plan,
  type PlannedSend,
  planChild,
  planSends,
  type SnapshotChild,
} from './plan-sends.ts';
import { type HoldOn, type RecordCheck, validatorCheck } from './sending-gate.ts';
import {
  defaultMaxVanishedShare,
  type VanishedShareVerdict,
  vanishedShareVerdict,
} from './vanished-share.ts';

/** The steps of a comparison, in order. */
export type CompareStage = 'gate' | 'full-run' | 'delta-run' | 'partial-run' | 'done';

export interface CompareOptions {
  /** The day both runs are taken to happen (the gate's date rules use it). */
  today: Date;
  /** Called as each step starts, for progress messages and the benchmark's profile. */
  onStage?: (stage: CompareStage) => void;
  holdOn?: HoldOn;
  ignored?: IgnoredFields;
  batchSize?: number;
  maxVanishedShare?: number;
}

/** An extract read as a run reads a snapshot. */
export interface ExtractChildren {
  /** Children that pass the gate, in the order read. */
  valid: SnapshotChild[];
  /** Every la_child_id read, valid or not: a child with errors has not vanished. */
  presentIds: Set<string>;
  /** Children not sent: errors the gate withholds, or an la_child_id read more than once. */
  withheld: { laChildId: string; rules: string[]; message: string }[];
  /** Records with no usable la_child_id. */
  untracked: number;
}

/** One delta run's sends, and the requests they make. */
export interface DeltaSends {
  plan: Plan;
  /** Each request body exactly as csc-api writes it, `batchSize` children at a time. */
  requests: string[];
}

export interface ExtractComparison {
  previous: ExtractChildren;
  current: ExtractChildren;
  /** What the state file holds after the full run of the previous extract. */
  held: ReadonlyMap<string, KnownChild>;
  /** The record last sent for each child held. */
  sentRecords: ReadonlyMap<string, string>;
  delta: DeltaSends;
  partial: DeltaSends;
  vanishedShare: VanishedShareVerdict;
}

/** The gate checks one request's worth of records at a time, as a run does. */
const groupSize = 100;

export function readExtractChildren(records: readonly unknown[], check: RecordCheck): ExtractChildren {
  const read: ExtractChildren = { valid: [], presentIds: new Set(), withheld: [], untracked: 0 };
  const occurrences = new Map<string, number>();
  for (let start = 0; start < records.length; start += groupSize) {
    const group = records.slice(start, start + groupSize);
    const problems = check(group);
    for (const [index, record] of group.entries()) {
      const id = childId(record);
      if (id === null) {
        read.untracked += 1;
        continue;
      }
      read.presentIds.add(id);
      occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
      const problem = problems.get(index);
      if (problem?.withhold)
        read.withheld.push({ laChildId: id, rules: problem.rules, message: problem.message });
      else read.valid.push({ laChildId: id, record: record as Record<string, unknown> });
    }
  }
  // A child read more than once is not sent: it is not clear which record is right.
  const duplicated = new Set([...occurrences].filter(([, count]) => count > 1).map(([id]) => id));
  if (duplicated.size === 0) return read;
  read.valid = read.valid.filter((child) => !duplicated.has(child.laChildId));
  read.withheld = read.withheld.filter((child) => !duplicated.has(child.laChildId));
  for (const id of [...duplicated].sort()) {
    read.withheld.push({
      laChildId: id,
      rules: ['duplicate-la-child-id'],
      message: `This la_child_id appears ${occurrences.get(id)} times in the snapshot, so it is not clear which record is right. Send one record per child.`,
    });
  }
  return read;
}

export function compareExtracts(
  previousRecords: readonly unknown[],
  currentRecords: readonly unknown[],
  options: CompareOptions,
): ExtractComparison {
  const check = validatorCheck(options.today, options.holdOn ?? 'rejected');
  const ignored = options.ignored ?? new Set<string>();
  const batchSize = options.batchSize ?? (getSpecVersion(currentSpecVersion)?.batch.maxItems as number);
  options.onStage?.('gate');
  const previous = readExtractChildren(previousRecords, check);
  const current = readExtractChildren(currentRecords, check);
  options.onStage?.('full-run');
  const { held, sentRecords } = heldAfterFullRun(previous.valid, ignored);
  const deltaRun = (partial: boolean, children: readonly SnapshotChild[]): DeltaSends => {
    const plan = planSends({
      mode: 'delta',
      partial,
      ignored,
      resumedRunIds: new Set(),
      sentRecord: (id) => sentRecords.get(id) ?? null,
      children,
      presentIds: current.presentIds,
      known: held,
    });
    return { plan, requests: requestBodies(plan.sends, batchSize) };
  };
  options.onStage?.('delta-run');
  const delta = deltaRun(false, current.valid);
  options.onStage?.('partial-run');
  // Each child is planned on its own, and --partial changes only how a changed child is sent: the children
  // unchanged without it are unchanged with it, so only the others are planned again.
  const sent = new Set(delta.plan.sends.map((send) => send.laChildId));
  const partial = deltaRun(
    true,
    current.valid.filter((child) => sent.has(child.laChildId)),
  );
  partial.plan.unchanged = delta.plan.unchanged;
  options.onStage?.('done');
  return {
    previous,
    current,
    held,
    sentRecords,
    delta,
    partial,
    vanishedShare: vanishedShareVerdict(
      delta.plan.vanished.length,
      delta.plan.held,
      options.maxVanishedShare ?? defaultMaxVanishedShare,
    ),
  };
}

/** What the state file holds after a full run of these children, every send confirmed. */
function heldAfterFullRun(children: readonly SnapshotChild[], ignored: IgnoredFields) {
  const held = new Map<string, KnownChild>();
  const sentRecords = new Map<string, string>();
  const fullRun = {
    mode: 'full',
    partial: false,
    ignored,
    resumedRunIds: new Set<number>(),
    sentRecord: () => null,
  } as const;
  for (const child of children) {
    const send = planChild(child, undefined, fullRun).send as PlannedSend;
    held.set(child.laChildId, {
      laChildId: child.laChildId,
      status: 'sent',
      sentHash: send.hash,
      sentRawHash: send.rawHash ?? null,
      sentRunId: 1,
    });
    sentRecords.set(child.laChildId, send.record as string);
  }
  return { held, sentRecords };
}

/** The request bodies, `batchSize` sends at a time, as csc-api sends them and a dry run writes them. */
function requestBodies(sends: readonly PlannedSend[], batchSize: number): string[] {
  const bodies: string[] = [];
  for (let start = 0; start < sends.length; start += batchSize) {
    bodies.push(
      `[${sends
        .slice(start, start + batchSize)
        .map((send) => send.payload)
        .join(',')}]`,
    );
  }
  return bodies;
}

function childId(record: unknown): string | null {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return null;
  const id = (record as { la_child_id?: unknown }).la_child_id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}
