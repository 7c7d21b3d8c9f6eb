// One `csc-api run`, whatever the source: read and check the records, compare with the last sent state,
// plan, guard the deletions, send in batches to the DfE client and record every outcome in state and
// audit, handing each batch's outcome back to the source. Every record read ends in a recorded state.
// Runs in Node.
import { percent, vanishedShareVerdict } from 'csc-api-validator/delta';
import { applyRetention } from '../audit/apply-retention.ts';
import type { AuditFolder } from '../audit/audit-folder.ts';
import type { DfeClient } from '../client/dfe-client.ts';
import { CscApiError, DeletionGuardError, exitCodeFor } from '../errors.ts';
import { closeUnfinished } from './close-unfinished.ts';
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
import type { SourcePlan, SubmissionSource } from './submission-source.ts';

export interface SubmissionOptions extends SubmissionBasics {
  source: SubmissionSource;
}

export async function runSubmission(options: SubmissionOptions): Promise<RunSummary> {
  const { settings, now, client } = options;
  applyRetention(settings.auditDir, settings.auditRetentionDays, now());
  if (client === null) return dryRunSubmission(options);
  const release = await options.source.hold?.();
  try {
    return await sendSubmission(options, client);
  } finally {
    await release?.();
  }
}

async function sendSubmission(options: SubmissionOptions, client: DfeClient): Promise<RunSummary> {
  const { settings, store, now, source } = options;
  const summary = emptySummary(settings, false);
  const run = openRun(options, source.description, summary);
  const { runId, audit } = run;
  const tally = emptyTally();
  let plan: SourcePlan | null = null;
  const finishRun = (status: 'finished' | 'stopped') => {
    if (plan !== null)
      summary.sentWithDataQualityErrors = recordSentWithDataQuality(
        store,
        audit,
        runId,
        plan.passedGate(),
        plan.dataQuality,
      );
    summary.ambiguous = tally.ambiguous;
    summary.requests = tally.requests;
    run.finish(status);
  };

  try {
    plan = await source.plan({
      ...options,
      resumedRunIds: store.recovery.resumedRunIds(runId),
      persist: true,
    });
    await checkPlan(plan, summary, audit, options);
    store.ledger.recordPlan(runId, now().toISOString(), plan.sends(), plan.invalid);
    store.ledger.markUnchanged(plan.unchanged(), now().toISOString());
    audit.event('plan', {
      ...summary.planned,
      unchanged: summary.unchanged,
      ...plan.details,
      fullFallbacks: plan.fullFallbacks,
    });
    await plan.afterPlan?.(audit);
    const { afterBatch } = plan;
    await sendEachBatch(
      plan.batches(settings.batchSize),
      summary.planned.full + summary.planned.partial + summary.planned.delete,
      {
        runId,
        batchSize: settings.batchSize,
        client,
        store,
        audit,
        now,
        progress: options.progress,
        beforeBatch: plan.beforeBatch,
        afterBatch: afterBatch && ((outcomes) => afterBatch({ outcomes })),
      },
      tally,
    );
    finishRun('finished');
    summary.exitCode = finishedExitCode(summary);
    return summary;
  } catch (error) {
    options.progress.done();
    const stop = error instanceof CscApiError ? error : null;
    summary.stopped = stop?.message ?? 'The run stopped because of an unexpected error.';
    const closed = closeUnfinished(store, runId, summary.stopped, now().toISOString());
    finishRun('stopped');
    await plan?.afterBatch?.({ outcomes: closed, stop: { error } });
    if (stop === null) throw error;
    summary.exitCode = exitCodeFor(stop);
    return summary;
  }
}

/** Counts the plan into the summary, logs the records withheld and guards the deletions. */
async function checkPlan(
  plan: SourcePlan,
  summary: RunSummary,
  audit: AuditFolder,
  options: SubmissionOptions,
): Promise<void> {
  const { unchanged, ...planned } = plan.counts;
  summary.recordsRead = plan.recordsRead;
  summary.invalid = plan.withheld;
  summary.unchanged = unchanged;
  summary.planned = planned;
  plan.logWithheld(audit);
  await guardDeletions(plan, options);
}

/** Refuses deletions when too many children go at once: most likely the extract was cut short. */
async function guardDeletions(plan: SourcePlan, options: SubmissionOptions): Promise<void> {
  const { deletions } = plan;
  if (deletions.count === 0 || options.confirmDeletions) return;
  const verdict = vanishedShareVerdict(
    deletions.count,
    await deletions.held(),
    options.settings.maxVanishedShare,
  );
  if (verdict.allowed) return;
  throw new DeletionGuardError(
    `${verdict.vanished} of the ${verdict.held} children the DfE holds (${percent(verdict.share)}) ${deletions.gone}, ` +
      `more than the ${percent(verdict.maxShare)} allowed (CSC_MAX_VANISHED_SHARE). This usually means ${deletions.cutShort} was cut short, ` +
      `so nothing was sent. Check ${deletions.toCheck}; if those children really left, run again with --confirm-deletions.`,
  );
}

/** Plans as a real run would and writes the batches it would send to the audit folder; changes nothing. */
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
        const plan = await options.source.plan({ ...options, resumedRunIds: new Set(), persist: false });
        summary.sentWithDataQualityErrors = countDataQualitySends(plan.sends(), plan.dataQuality);
        await checkPlan(plan, summary, audit, options);
        return plan.batches(settings.batchSize);
      },
    },
    summary,
  );
}
