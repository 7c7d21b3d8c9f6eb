// One `csc-api run`: source → validate → compare with the last sent state → payloads → batches →
// DfE client → state and audit. Every record read ends in a recorded state. Runs in Node.
import { applyRetention } from '../audit/apply-retention.ts';
import type { DfeClient } from '../client/dfe-client.ts';
import type { Settings } from '../config/settings.ts';
import { hashRecord, type IgnoredFields } from '../delta/hash-record.ts';
import { type Plan, planSends } from '../delta/plan-sends.ts';
import { CscApiError, DeletionGuardError, exitCodeFor } from '../errors.ts';
import type { Source } from '../source/source.ts';
import type { KnownChild, StateStore } from '../state/state-store.ts';
import { closeUnfinished } from './close-unfinished.ts';
import { readSnapshot, type Snapshot } from './read-snapshot.ts';
import { recordSentWithDataQuality } from './record-data-quality.ts';
import {
  emptySummary,
  finishedExitCode,
  openRun,
  type RunSummary,
  type SubmissionBasics,
  writeDryRun,
} from './run-lifecycle.ts';
import { emptyTally, sendBatches } from './send-batches.ts';

const ignoredFieldsKey = 'ignored_fields';

export interface SubmissionOptions extends SubmissionBasics {
  source: Source;
}

export async function runSubmission(options: SubmissionOptions): Promise<RunSummary> {
  const { settings, store, now } = options;
  const dryRun = options.client === null;
  applyRetention(settings.auditDir, settings.auditRetentionDays, now());

  if (dryRun) return dryRunSubmission(options);

  const summary = emptySummary(settings, dryRun);
  const run = openRun(options, options.source.description, summary);
  const { runId, audit } = run;
  const tally = emptyTally();
  let snapshot: Snapshot | undefined;
  const finishRun = (status: 'finished' | 'stopped') => {
    if (snapshot)
      summary.sentWithDataQualityErrors = recordSentWithDataQuality(store, audit, runId, snapshot);
    summary.ambiguous = tally.ambiguous;
    summary.requests = tally.requests;
    run.finish(status);
  };

  try {
    snapshot = await readSnapshot(options.source, options.check, options.progress);
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
    summary.exitCode = finishedExitCode(summary);
    return summary;
  } catch (error) {
    options.progress.done();
    if (!(error instanceof CscApiError)) {
      summary.stopped = 'The run stopped because of an unexpected error.';
      closeUnfinished(store, runId, summary.stopped, now().toISOString());
      finishRun('stopped');
      throw error;
    }
    summary.stopped = error.message;
    closeUnfinished(store, runId, error.message, now().toISOString());
    finishRun('stopped');
    summary.exitCode = exitCodeFor(error);
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
  throw new DeletionGuardError(
    `${plan.vanished.length} of the ${plan.held} children the DfE holds (${percent(share)}) are missing from today's snapshot, ` +
      `more than the ${percent(settings.maxVanishedShare)} allowed (CSC_MAX_VANISHED_SHARE). This usually means the extract was cut short, ` +
      'so nothing was sent. Check the extract; if those children really left, run again with --confirm-deletions.',
  );
}

function countPlan(summary: RunSummary, plan: Plan): void {
  summary.unchanged = plan.unchanged.length;
  for (const send of plan.sends) summary.planned[send.kind] += 1;
}

/** Plans as a real run would and writes the batches it would send to the audit folder; sends and records nothing. */
function dryRunSubmission(options: SubmissionOptions): Promise<RunSummary> {
  const { settings } = options;
  const summary = emptySummary(settings, true);
  return writeDryRun(
    {
      settings,
      redactor: options.redactor,
      now: options.now,
      source: options.source.description,
      plan: async (audit) => {
        const snapshot = await readSnapshot(options.source, options.check, options.progress);
        summary.recordsRead = snapshot.recordsRead;
        summary.invalid = snapshot.invalid.length + snapshot.untracked.length;
        for (const child of snapshot.invalid)
          audit.event('record-invalid', { child: child.laChildId, rules: child.rules, error: child.error });
        for (const untracked of snapshot.untracked) audit.event('record-untracked', untracked);
        const plan = planFor(options, snapshot, new Set());
        countPlan(summary, plan);
        const dataQuality = new Set(snapshot.dataQuality.map((child) => child.laChildId));
        summary.sentWithDataQualityErrors = plan.sends.filter((send) =>
          dataQuality.has(send.laChildId),
        ).length;
        guardVanished(plan, settings, options.confirmDeletions);
        return plan.sends;
      },
    },
    summary,
  );
}
