// One `csc-api run`: source → validate → compare with the last sent state → payloads → batches →
// DfE client → state and audit. Every record read ends in a recorded state. Runs in Node.
import { join } from 'node:path';
import { applyRetention } from '../audit/apply-retention.ts';
import { AuditFolder } from '../audit/audit-folder.ts';
import { TokenError } from '../auth/token-client.ts';
import type { DfeClient } from '../client/dfe-client.ts';
import type { Settings } from '../config/settings.ts';
import { hashRecord, type IgnoredFields } from '../delta/hash-record.ts';
import { type Plan, planSends } from '../delta/plan-sends.ts';
import { ExitCode } from '../exit-codes.ts';
import type { RecordCheck } from '../gate/record-check.ts';
import type { Progress } from '../output/progress.ts';
import type { Redactor } from '../redact/redactor.ts';
import type { Source } from '../source/source.ts';
import type { KnownChild, StateStore } from '../state/state-store.ts';
import { readSnapshot, type Snapshot } from './read-snapshot.ts';
import { emptyTally, sendBatches } from './send-batches.ts';
import { StopRun } from './stop-run.ts';

const ignoredFieldsKey = 'ignored_fields';

export interface SubmissionOptions {
  settings: Settings;
  source: Source;
  check: RecordCheck;
  store: StateStore;
  /** Null for a dry run. */
  client: DfeClient | null;
  redactor: Redactor;
  now: () => Date;
  progress: Progress;
  confirmDeletions: boolean;
  pid: number;
  isAlive: (pid: number) => boolean;
}

export interface RunSummary {
  runId: number | null;
  dryRun: boolean;
  mode: 'full' | 'delta';
  partial: boolean;
  recordsRead: number;
  invalid: number;
  unchanged: number;
  planned: { full: number; partial: number; delete: number };
  sent: number;
  deleted: number;
  failed: number;
  /** Records sent in a request whose outcome was unknown; the DfE may hold them twice. */
  ambiguous: number;
  requests: number;
  resumedRuns: number[];
  auditFolder: string;
  stopped: string | null;
  exitCode: ExitCode;
}

export async function runSubmission(options: SubmissionOptions): Promise<RunSummary> {
  const { settings, store, now } = options;
  const dryRun = options.client === null;
  applyRetention(settings.auditDir, settings.auditRetentionDays, now());

  if (dryRun) return dryRunSubmission(options);

  const { runId, recovered } = store.startRun({
    mode: settings.mode,
    partial: settings.partial,
    input: options.source.description,
    pid: options.pid,
    now: now().toISOString(),
    isAlive: options.isAlive,
  });
  const audit = AuditFolder.create(settings.auditDir, `run-${runId}`, options.redactor, now);
  store.setRunAuditFolder(runId, audit.path);
  audit.event('run-started', {
    run: runId,
    mode: settings.mode,
    partial: settings.partial,
    source: options.source.description,
    batchSize: settings.batchSize,
  });
  if (recovered.interruptedRunIds.length > 0) {
    audit.event('resuming', {
      interruptedRuns: recovered.interruptedRunIds,
      ambiguousChildren: recovered.ambiguousChildren,
    });
  }

  const summary: RunSummary = {
    runId,
    dryRun,
    mode: settings.mode,
    partial: settings.partial,
    recordsRead: 0,
    invalid: 0,
    unchanged: 0,
    planned: { full: 0, partial: 0, delete: 0 },
    sent: 0,
    deleted: 0,
    failed: 0,
    ambiguous: 0,
    requests: 0,
    resumedRuns: recovered.interruptedRunIds,
    auditFolder: audit.path,
    stopped: null,
    exitCode: ExitCode.ok,
  };
  const finishRun = (status: 'finished' | 'stopped') => {
    summary.ambiguous = tally.ambiguous;
    summary.requests = tally.requests;
    const counts = store.runCounts(runId);
    summary.sent = counts.sent;
    summary.deleted = counts.deleted;
    summary.failed = counts.failed;
    store.finishRun(runId, {
      status,
      now: now().toISOString(),
      message: summary.stopped,
      counts: {
        records_read: summary.recordsRead,
        invalid: summary.invalid,
        unchanged: summary.unchanged,
        planned: summary.planned.full + summary.planned.partial + summary.planned.delete,
        sent: summary.sent,
        deleted: summary.deleted,
        failed: summary.failed,
        ambiguous: summary.ambiguous,
      },
    });
    audit.event('run-finished', { ...summary });
  };

  const tally = emptyTally();
  try {
    const snapshot = await readSnapshot(options.source, options.check, options.progress);
    summary.recordsRead = snapshot.recordsRead;
    summary.invalid = snapshot.invalid.length + snapshot.untracked.length;
    for (const untracked of snapshot.untracked) audit.event('record-untracked', untracked);
    for (const child of snapshot.invalid)
      audit.event('record-invalid', { child: child.laChildId, rules: child.rules, error: child.error });

    const plan = planFor(options, snapshot, store.resumedRunIds(runId));
    guardVanished(plan, settings, options.confirmDeletions);
    countPlan(summary, plan);
    store.recordPlan(runId, now().toISOString(), plan.sends, snapshot.invalid);
    store.markUnchanged(plan.unchanged, now().toISOString());
    audit.event('plan', {
      ...summary.planned,
      unchanged: plan.unchanged.length,
      vanished: plan.vanished.length,
      fullFallbacks: plan.fullFallbacks,
    });

    await sendBatches(
      plan.sends,
      {
        runId,
        batchSize: settings.batchSize,
        client: options.client as DfeClient,
        store,
        audit,
        now,
        progress: options.progress,
      },
      tally,
    );
    finishRun('finished');
    summary.exitCode = summary.failed + summary.invalid > 0 ? ExitCode.failures : ExitCode.ok;
    return summary;
  } catch (error) {
    options.progress.done();
    const stop = asStop(error);
    if (stop === null) {
      summary.stopped = 'The run stopped because of an unexpected error.';
      closeUnfinished(store, runId, summary.stopped, now);
      finishRun('stopped');
      throw error;
    }
    summary.stopped = stop.message;
    closeUnfinished(store, runId, `Not sent: ${stop.message}`, now);
    finishRun('stopped');
    summary.exitCode = stop.exitCode;
    return summary;
  }
}

function planFor(options: SubmissionOptions, snapshot: Snapshot, resumedRunIds: Set<number>): Plan {
  const ignored = new Set(options.settings.ignoreFields);
  const known = options.store.knownChildren();
  rehashIfComparisonChanged(options.store, known, ignored, options.client !== null);
  return planSends({
    mode: options.settings.mode,
    partial: options.settings.partial,
    ignored,
    children: snapshot.valid,
    presentIds: snapshot.presentIds,
    known,
    resumedRunIds,
    sentRecord: (id) => options.store.sentRecord(id),
  });
}

/**
 * Stored hashes are only comparable under the ignored-fields list they were made with. When the list
 * changes, re-hash what the DfE holds under the new list, so only real changes are sent.
 */
function rehashIfComparisonChanged(
  store: StateStore,
  known: Map<string, KnownChild>,
  ignored: IgnoredFields,
  persist: boolean,
): void {
  const key = JSON.stringify([...ignored].sort());
  if ((store.meta(ignoredFieldsKey) ?? '[]') === key) return;
  const hashes: [string, string][] = [];
  for (const { laChildId, record } of store.heldRecords()) {
    const hash = hashRecord(JSON.parse(record), ignored);
    hashes.push([laChildId, hash]);
    const child = known.get(laChildId);
    if (child !== undefined) child.sentHash = hash;
  }
  if (!persist) return;
  store.updateSentHashes(hashes);
  store.setMeta(ignoredFieldsKey, key);
}

/** Refuses deletions when too many children vanished at once: most likely a truncated extract. */
function guardVanished(plan: Plan, settings: Settings, confirmed: boolean): void {
  if (plan.vanished.length === 0 || confirmed) return;
  const share = plan.held === 0 ? 1 : plan.vanished.length / plan.held;
  if (share <= settings.maxVanishedShare) return;
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  throw new StopRun(
    `${plan.vanished.length} of the ${plan.held} children the DfE holds (${percent(share)}) are missing from today's snapshot, ` +
      `more than the ${percent(settings.maxVanishedShare)} allowed (CSC_MAX_VANISHED_SHARE). This usually means the extract was cut short, ` +
      'so nothing was sent. Check the extract; if those children really left, run again with --confirm-deletions.',
    ExitCode.usage,
  );
}

function countPlan(summary: RunSummary, plan: Plan): void {
  summary.unchanged = plan.unchanged.length;
  for (const send of plan.sends) summary.planned[send.kind] += 1;
}

function closeUnfinished(store: StateStore, runId: number, reason: string, now: () => Date): void {
  const unfinished = store.unfinishedChildren(runId);
  if (unfinished.length > 0) store.markFailed(unfinished, reason, 0, now().toISOString());
}

function asStop(error: unknown): StopRun | null {
  if (error instanceof StopRun) return error;
  if (error instanceof TokenError) {
    return new StopRun(error.message, error.kind === 'rejected' ? ExitCode.usage : ExitCode.unreachable);
  }
  if (error instanceof Error && error.name === 'SourceError')
    return new StopRun(error.message, ExitCode.usage);
  return null;
}

/** Plans as a real run would and writes the batches it would send to the audit folder; sends and records nothing. */
async function dryRunSubmission(options: SubmissionOptions): Promise<RunSummary> {
  const { settings, now } = options;
  const audit = AuditFolder.create(settings.auditDir, 'dry-run', options.redactor, now);
  audit.event('dry-run-started', {
    mode: settings.mode,
    partial: settings.partial,
    source: options.source.description,
  });
  const summary: RunSummary = {
    runId: null,
    dryRun: true,
    mode: settings.mode,
    partial: settings.partial,
    recordsRead: 0,
    invalid: 0,
    unchanged: 0,
    planned: { full: 0, partial: 0, delete: 0 },
    sent: 0,
    deleted: 0,
    failed: 0,
    ambiguous: 0,
    requests: 0,
    resumedRuns: [],
    auditFolder: audit.path,
    stopped: null,
    exitCode: ExitCode.ok,
  };
  try {
    const snapshot = await readSnapshot(options.source, options.check, options.progress);
    summary.recordsRead = snapshot.recordsRead;
    summary.invalid = snapshot.invalid.length + snapshot.untracked.length;
    for (const child of snapshot.invalid)
      audit.event('record-invalid', { child: child.laChildId, rules: child.rules, error: child.error });
    for (const untracked of snapshot.untracked) audit.event('record-untracked', untracked);
    const plan = planFor(options, snapshot, new Set());
    countPlan(summary, plan);
    guardVanished(plan, settings, options.confirmDeletions);
    for (let start = 0, batch = 1; start < plan.sends.length; start += settings.batchSize, batch += 1) {
      const items = plan.sends.slice(start, start + settings.batchSize);
      audit.writeRequest(batch, `[${items.map((item) => item.payload).join(',')}]`);
    }
    summary.requests = Math.ceil(plan.sends.length / settings.batchSize);
    summary.exitCode = summary.invalid > 0 ? ExitCode.failures : ExitCode.ok;
  } catch (error) {
    const stop = asStop(error);
    if (stop === null) throw error;
    summary.stopped = stop.message;
    summary.exitCode = stop.exitCode;
  }
  audit.event('dry-run-finished', { ...summary });
  audit.writeFile('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
