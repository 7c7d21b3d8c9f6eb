// One `csc-api run`: source → validate → compare with the last sent state → payloads → batches →
// DfE client → state and audit. Every record read ends in a recorded state. Runs in Node.
import { applyRetention } from '../audit/apply-retention.ts';
import type { DfeClient } from '../client/dfe-client.ts';
import type { Settings } from '../config/settings.ts';
import { CscApiError, DeletionGuardError, exitCodeFor } from '../errors.ts';
import type { Source } from '../source/source.ts';
import { closeUnfinished } from './close-unfinished.ts';
import { planSnapshot, type QueuedPlan } from './plan-snapshot.ts';
import { countDataQualitySends, recordSentWithDataQuality } from './record-data-quality.ts';
import {
  emptySummary,
  finishedExitCode,
  openRun,
  type RunSummary,
  type SubmissionBasics,
  writeDryRun,
} from './run-lifecycle.ts';
import { emptyTally, sendEachBatch } from './send-batches.ts';

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
  let plan: QueuedPlan | undefined;
  const finishRun = (status: 'finished' | 'stopped') => {
    if (plan)
      summary.sentWithDataQualityErrors = recordSentWithDataQuality(
        store,
        audit,
        runId,
        plan.queue.validIds(),
        plan.snapshot.dataQuality,
      );
    summary.ambiguous = tally.ambiguous;
    summary.requests = tally.requests;
    run.finish(status);
  };

  try {
    plan = await planSnapshot({
      ...options,
      resumedRunIds: store.recovery.resumedRunIds(runId),
      persist: true,
    });
    const { snapshot, queue } = plan;
    summary.recordsRead = snapshot.recordsRead;
    summary.invalid = snapshot.invalid.length + snapshot.untracked.length;
    for (const untracked of snapshot.untracked) audit.event('record-untracked', untracked);
    for (const child of snapshot.invalid)
      audit.event('record-invalid', { child: child.laChildId, rules: child.rules, error: child.error });

    guardVanished(plan, settings, options.confirmDeletions);
    countPlan(summary, plan);
    store.ledger.recordPlan(runId, now().toISOString(), queue.planned(), snapshot.invalid);
    store.ledger.markUnchanged(queue.unchanged(), now().toISOString());
    audit.event('plan', {
      ...summary.planned,
      unchanged: summary.unchanged,
      vanished: plan.vanished.length,
      fullFallbacks: plan.fullFallbacks,
    });

    await sendEachBatch(
      queue.batches(settings.batchSize),
      summary.planned.full + summary.planned.partial + summary.planned.delete,
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

/** Refuses deletions when too many children vanished at once: most likely a truncated extract. */
function guardVanished(plan: QueuedPlan, settings: Settings, confirmed: boolean): void {
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

function countPlan(summary: RunSummary, plan: QueuedPlan): void {
  const { unchanged, ...planned } = plan.queue.counts();
  summary.unchanged = unchanged;
  summary.planned = planned;
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
        const plan = await planSnapshot({ ...options, resumedRunIds: new Set(), persist: false });
        const { snapshot, queue } = plan;
        summary.recordsRead = snapshot.recordsRead;
        summary.invalid = snapshot.invalid.length + snapshot.untracked.length;
        for (const child of snapshot.invalid)
          audit.event('record-invalid', { child: child.laChildId, rules: child.rules, error: child.error });
        for (const untracked of snapshot.untracked) audit.event('record-untracked', untracked);
        countPlan(summary, plan);
        summary.sentWithDataQualityErrors = countDataQualitySends(queue.planned(), snapshot.dataQuality);
        guardVanished(plan, settings, options.confirmDeletions);
        return queue.batches(settings.batchSize);
      },
    },
    summary,
  );
}
