// Decides what each staging-table row gets: sent (full or partial), a deletion, nothing because the
// DfE already holds it (with the receipt that proves so), or an error written back with the reason.
// The same validation gate, hash and partial-record builder as the file source. Runs in Node.

import {
  buildPartialPayload,
  hashRecord,
  type IgnoredFields,
  type KnownChild,
  type PlannedSend,
  type RecordCheck,
} from 'csc-api-validator/delta';
import type { RunMode } from '../config/settings.ts';
import { childIdOf, gateRecords } from '../pipeline/gate-records.ts';
import type { DataQualityChild } from '../state/child-ledger.ts';
import type { StagingError, StagingRow } from './staging-table.ts';

export interface EarlierReceipt {
  receipt: string;
  sentAt: string | null;
}

export interface DatabasePlanInput {
  rows: readonly StagingRow[];
  check: RecordCheck;
  mode: RunMode;
  partial: boolean;
  ignored: IgnoredFields;
  /** What the local state file knows about each child (by la_child_id). */
  known: ReadonlyMap<string, KnownChild>;
  /** The receipt the local state file holds for each child confirmed as sent. */
  receipts: ReadonlyMap<string, EarlierReceipt>;
}

export interface HeldRow {
  row: StagingRow;
  laChildId: string;
  receipt: string;
  sentAt: string | null;
  /**
   * `unrecorded`: the local state has a receipt for exactly this content that the table never got
   * (the process stopped between the two writes); `unchanged`: in delta mode, the content matches what
   * the DfE was last sent.
   */
  why: 'unrecorded' | 'unchanged';
}

export interface RejectedRow {
  row: StagingRow;
  /** Null when the row has no usable la_child_id. */
  laChildId: string | null;
  error: StagingError;
}

export interface DatabasePlan {
  rowsRead: number;
  sends: PlannedSend[];
  /** The row each planned send came from, by la_child_id. */
  rowOf: Map<string, StagingRow>;
  held: HeldRow[];
  rejected: RejectedRow[];
  /** Children planned or held although they have data-quality errors (the DfE API accepts them), with the rule ids. */
  dataQuality: DataQualityChild[];
  fullFallbacks: { laChildId: string; reason: string }[];
  /**
   * Children the DfE may hold although their row has no previous payload (so the table does not count
   * them as held): their only sends had an unknown outcome. For the truncated-extract guard.
   */
  heldUncounted: number;
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** True when api_response holds a DfE receipt rather than an error. */
export function looksLikeReceipt(text: string | null): text is string {
  return text !== null && !text.trimStart().startsWith('{') && uuid.test(text);
}

export function planDatabaseSends(input: DatabasePlanInput): DatabasePlan {
  const plan: DatabasePlan = {
    rowsRead: input.rows.length,
    sends: [],
    rowOf: new Map(),
    held: [],
    rejected: [],
    dataQuality: [],
    fullFallbacks: [],
    heldUncounted: 0,
  };
  const live: { row: StagingRow; record: unknown }[] = [];
  const deleted: StagingRow[] = [];
  for (const row of input.rows) {
    if (row.rowState?.toLowerCase() === 'deleted') {
      deleted.push(row);
      continue;
    }
    const parsed = parseJson(row.jsonPayload ?? '');
    if (!parsed.ok) {
      plan.rejected.push({
        row,
        laChildId: null,
        error: { error: `json_payload is not valid JSON (${parsed.message}). Check the SQL that builds it.` },
      });
      continue;
    }
    live.push({ row, record: parsed.value });
  }

  const verdicts = gateRecords(
    live.map((item) => item.record),
    input.check,
  );
  const rowsById = new Map<string, number>();
  for (const verdict of verdicts)
    if (verdict.kind !== 'untracked')
      rowsById.set(verdict.laChildId, (rowsById.get(verdict.laChildId) ?? 0) + 1);

  for (const [index, verdict] of verdicts.entries()) {
    const { row } = live[index] as (typeof live)[number];
    const { problem } = verdict;
    if (verdict.kind === 'untracked') {
      plan.rejected.push({
        row,
        laChildId: null,
        error: {
          error: problem?.message ?? 'The payload has no la_child_id, so it cannot be sent or tracked.',
          ...(problem ? { rules: problem.rules } : {}),
        },
      });
      continue;
    }
    const id = verdict.laChildId;
    const count = rowsById.get(id) ?? 0;
    if (count > 1) {
      plan.rejected.push({
        row,
        laChildId: id,
        error: {
          error: `This la_child_id is in ${count} rows of the table, so it is not clear which is right. Keep one row per child.`,
          rules: ['duplicate-la-child-id'],
        },
      });
      continue;
    }
    if (verdict.kind === 'withheld') {
      plan.rejected.push({
        row,
        laChildId: id,
        error: { error: verdict.problem.message, rules: verdict.problem.rules },
      });
      continue;
    }
    if (problem !== undefined) plan.dataQuality.push({ laChildId: id, rules: problem.rules });
    planLiveRow(input, plan, row, id, verdict.record);
  }

  for (const row of input.rows) {
    if (row.previousJsonPayload === null && input.known.get(rowChildId(row))?.outcomeUnknown === true)
      plan.heldUncounted += 1;
  }

  for (const row of deleted) {
    const id = rowChildId(row);
    if (rowsById.has(id)) {
      plan.rejected.push({
        row,
        laChildId: null,
        error: {
          error: `This row is marked deleted but another row sends the same la_child_id (${id}), so the deletion was not sent.`,
        },
      });
      continue;
    }
    plan.rowOf.set(id, row);
    plan.sends.push({
      laChildId: id,
      kind: 'delete',
      record: null,
      hash: null,
      payload: JSON.stringify({ la_child_id: id, purge: true }),
    });
  }
  return plan;
}

function planLiveRow(
  input: DatabasePlanInput,
  plan: DatabasePlan,
  row: StagingRow,
  laChildId: string,
  record: Record<string, unknown>,
): void {
  const hash = hashRecord(record, input.ignored);
  const known = input.known.get(laChildId);
  const earlier = input.receipts.get(laChildId);
  // After a send with an unknown outcome, no earlier receipt says what the DfE holds: send it whole.
  const outcomeUnknown = known?.outcomeUnknown === true;
  const stateHoldsThis =
    !outcomeUnknown && known?.status === 'sent' && known.sentHash === hash && earlier !== undefined;
  if (stateHoldsThis && row.apiResponse?.trim() !== earlier.receipt) {
    plan.held.push({ row, laChildId, receipt: earlier.receipt, sentAt: earlier.sentAt, why: 'unrecorded' });
    return;
  }
  const recordJson = JSON.stringify(record);
  const full: PlannedSend = { laChildId, kind: 'full', record: recordJson, hash, payload: recordJson };
  plan.rowOf.set(laChildId, row);
  if (input.mode === 'full') {
    plan.sends.push(full);
    return;
  }
  const previousParsed =
    row.previousJsonPayload === null || outcomeUnknown ? null : parseJson(row.previousJsonPayload);
  const previous =
    previousParsed?.ok && isObject(previousParsed.value)
      ? (previousParsed.value as Record<string, unknown>)
      : null;
  const sameAsPrevious = previous !== null && hashRecord(previous, input.ignored) === hash;
  if (sameAsPrevious) {
    // Sent only with a receipt: without one for this content, send it again, whole.
    const receipt = stateHoldsThis
      ? earlier.receipt
      : looksLikeReceipt(row.apiResponse)
        ? row.apiResponse
        : null;
    if (receipt !== null) {
      plan.rowOf.delete(laChildId);
      plan.held.push({ row, laChildId, receipt, sentAt: null, why: 'unchanged' });
      return;
    }
  }
  if (!input.partial || previous === null || sameAsPrevious) {
    plan.sends.push(full);
    return;
  }
  const partial = buildPartialPayload(previous, record, input.ignored);
  if (partial.kind === 'full') {
    plan.fullFallbacks.push({ laChildId, reason: partial.reason });
    plan.sends.push(full);
    return;
  }
  plan.sends.push({
    laChildId,
    kind: 'partial',
    record: recordJson,
    hash,
    payload: JSON.stringify(partial.payload),
  });
}

/** The child a row stands for: from its payloads, else the row key. */
function rowChildId(row: StagingRow): string {
  for (const text of [row.previousJsonPayload, row.jsonPayload]) {
    if (text === null) continue;
    const parsed = parseJson(text);
    const id = parsed.ok ? childIdOf(parsed.value) : null;
    if (id !== null) return id;
  }
  return String(row.personId);
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
