// One `csc-api run --source postgres|sqlserver`: lock the staging table, read the rows to send,
// validate and plan them, send in batches, and write every outcome back to the table batch by batch.
// The local state file stays the run's journal (runs, batches, receipts), so a killed run resumes
// exactly as with files. Runs in Node.
import type { PlannedSend } from 'csc-api-validator/delta';
import { applyRetention } from '../audit/apply-retention.ts';
import type { DfeClient } from '../client/dfe-client.ts';
import { CscApiError, DatabaseError, DeletionGuardError, exitCodeFor, TableBusyError } from '../errors.ts';
import { closeUnfinished } from '../pipeline/close-unfinished.ts';
import { countDataQualitySends, recordSentWithDataQuality } from '../pipeline/record-data-quality.ts';
import {
  emptySummary,
  finishedExitCode,
  openRun,
  type RunSummary,
  type SubmissionBasics,
  writeDryRun,
} from '../pipeline/run-lifecycle.ts';
import { inBatches, sendBatches } from '../pipeline/send-batches.ts';
import type { ChildLedger } from '../state/child-ledger.ts';
import type { RunJournal } from '../state/run-journal.ts';
import type { StateStore } from '../state/state-store.ts';
import { type DatabasePlan, type EarlierReceipt, planDatabaseSends } from './plan-database-sends.ts';
import type { StagingTable } from './staging-table.ts';

/** A dry run (no client) writes nothing to the table or the state file. */
export interface DatabaseSubmissionOptions extends SubmissionBasics {
  table: StagingTable;
}

type Outcome = { sent: true; receipt: string } | { sent: false; error: string };

export async function runDatabaseSubmission(options: DatabaseSubmissionOptions): Promise<RunSummary> {
  const { settings, table, now } = options;
  const dryRun = options.client === null;
  applyRetention(settings.auditDir, settings.auditRetentionDays, now());
  const summary = emptySummary(settings, dryRun);
  if (!dryRun && !(await table.tryLock())) throw new TableBusyError(table.name);
  try {
    if (dryRun) return await dryRunFromTable(options, summary);
    return await sendFromTable(options, summary);
  } finally {
    if (!dryRun) await table.unlock().catch(() => {});
  }
}

async function sendFromTable(options: DatabaseSubmissionOptions, summary: RunSummary): Promise<RunSummary> {
  const { settings, table, store, now } = options;
  const run = openRun(options, table.connection.description, summary);
  const { runId, audit } = run;

  // Outcomes as the batch sender records them, so each can be written back to its row.
  const outcomes = new Map<string, Outcome>();
  const journal = recordingStore(store, outcomes);
  let plan: DatabasePlan | null = null;
  const finishRun = (status: 'finished' | 'stopped') => {
    if (plan !== null)
      summary.sentWithDataQualityErrors = recordSentWithDataQuality(
        store,
        audit,
        runId,
        passedGate(plan),
        plan.dataQuality,
      );
    run.finish(status);
  };

  try {
    plan = await planFromTable(options);
    countPlan(summary, plan);
    await guardDeletions(plan, options);
    store.ledger.recordPlan(
      runId,
      now().toISOString(),
      plan.sends,
      plan.rejected.flatMap((item) =>
        item.laChildId === null
          ? []
          : [{ laChildId: item.laChildId, error: item.error.error, rules: item.error.rules ?? [] }],
      ),
    );
    store.ledger.markUnchanged(
      plan.held.map((item) => item.laChildId),
      now().toISOString(),
    );
    audit.event('plan', {
      ...summary.planned,
      unchanged: plan.held.length,
      rejected: plan.rejected.length,
      fullFallbacks: plan.fullFallbacks,
    });
    for (const item of plan.rejected) {
      audit.event('record-invalid', { row: item.row.personId, child: item.laChildId, ...item.error });
      await table.markError(item.row, item.error, now());
    }
    for (const item of plan.held) {
      audit.event('record-held', { row: item.row.personId, child: item.laChildId, why: item.why });
      if (item.why === 'unrecorded')
        await table.markSent(item.row, item.receipt, item.sentAt === null ? now() : new Date(item.sentAt));
      else await table.markHeld(item.row, item.receipt);
    }

    const total = plan.sends.length;
    let done = 0;
    options.progress.update('Sending', 0, total);
    for (let start = 0; start < plan.sends.length; start += settings.batchSize) {
      const chunk = plan.sends.slice(start, start + settings.batchSize);
      await table.checkLock();
      try {
        const tally = await sendBatches(chunk, {
          runId,
          batchSize: settings.batchSize,
          client: options.client as DfeClient,
          store: journal,
          audit,
          now,
          progress: { update() {}, done() {} },
        });
        summary.ambiguous += tally.ambiguous;
        summary.requests += tally.requests;
      } finally {
        // Whatever happened, what was confirmed or refused so far is written to the table now.
        await writeBack(table, plan, chunk, outcomes, now);
      }
      done += chunk.length;
      options.progress.update('Sending', done, total);
    }
    options.progress.done();
    finishRun('finished');
    summary.exitCode = finishedExitCode(summary);
    return summary;
  } catch (error) {
    options.progress.done();
    const stop = error instanceof CscApiError ? error : null;
    summary.stopped = stop?.message ?? 'The run stopped because of an unexpected error.';
    const unfinished = closeUnfinished(journal, runId, summary.stopped, now().toISOString());
    finishRun('stopped');
    if (plan !== null && !(error instanceof DatabaseError)) {
      const unfinishedIds = new Set(unfinished);
      const left = plan.sends.filter((send) => unfinishedIds.has(send.laChildId));
      await writeBack(table, plan, left, outcomes, now);
    }
    if (stop === null) throw error;
    summary.exitCode = exitCodeFor(stop);
    return summary;
  }
}

/** The children whose rows passed the gate: those sent or to be sent, and those the DfE already holds. */
function passedGate(plan: DatabasePlan): string[] {
  return [
    ...plan.sends.filter((send) => send.kind !== 'delete').map((send) => send.laChildId),
    ...plan.held.map((item) => item.laChildId),
  ];
}

function countPlan(summary: RunSummary, plan: DatabasePlan): void {
  summary.recordsRead = plan.rowsRead;
  summary.invalid = plan.rejected.length;
  summary.unchanged = plan.held.length;
  for (const send of plan.sends) summary.planned[send.kind] += 1;
}

async function planFromTable(options: DatabaseSubmissionOptions): Promise<DatabasePlan> {
  const { store, settings } = options;
  const rows = await options.table.rowsToSend();
  const receipts = new Map<string, EarlierReceipt>();
  for (const child of store.status.children()) {
    if (child.status === 'sent' && child.receipt !== null)
      receipts.set(child.la_child_id, { receipt: child.receipt, sentAt: child.sent_at });
  }
  return planDatabaseSends({
    rows,
    check: options.check,
    mode: settings.mode,
    partial: settings.partial,
    ignored: new Set(settings.ignoreFields),
    known: store.ledger.knownChildren(),
    receipts,
  });
}

/** Refuses deletions when a large share of the children the DfE holds (or may hold) are marked deleted at once. */
async function guardDeletions(plan: DatabasePlan, options: DatabaseSubmissionOptions): Promise<void> {
  const deletions = plan.sends.filter((send) => send.kind === 'delete').length;
  if (deletions === 0 || options.confirmDeletions) return;
  const held = (await options.table.countHeld()) + plan.heldUncounted;
  const share = held === 0 ? 1 : deletions / held;
  if (share <= options.settings.maxVanishedShare) return;
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  throw new DeletionGuardError(
    `${deletions} of the ${held} children the DfE holds (${percent(share)}) are marked deleted in ${options.table.name}, ` +
      `more than the ${percent(options.settings.maxVanishedShare)} allowed (CSC_MAX_VANISHED_SHARE). This usually means the SQL that fills the table ` +
      'was cut short, so nothing was sent. Check the table; if those children really left, run again with --confirm-deletions.',
  );
}

/** Writes each send's outcome to its row: sent only with a receipt, otherwise error with the reason. */
async function writeBack(
  table: StagingTable,
  plan: DatabasePlan,
  sends: readonly PlannedSend[],
  outcomes: Map<string, Outcome>,
  now: () => Date,
): Promise<void> {
  const at = now();
  // One transaction per batch: one commit (and one disk flush) instead of one per row.
  await table.connection.transaction(async () => {
    for (const send of sends) {
      const outcome = outcomes.get(send.laChildId);
      const row = plan.rowOf.get(send.laChildId);
      if (outcome === undefined || row === undefined) continue;
      outcomes.delete(send.laChildId);
      if (outcome.sent && outcome.receipt.trim() !== '') {
        if (send.kind === 'delete') await table.markDeleted(row, outcome.receipt, at);
        else await table.markSent(row, outcome.receipt, at);
      } else {
        const error = outcome.sent
          ? 'The DfE accepted the request but gave no receipt for this record.'
          : outcome.error;
        await table.markError(row, { error }, at);
      }
    }
  });
}

/**
 * The state store, with its two outcome-recording methods observed: the batch sender calls them
 * synchronously, and the table (reached asynchronously) is updated once the batch is done.
 */
function recordingStore(store: StateStore, outcomes: Map<string, Outcome>): StateStore {
  const journal = observe(store.journal, 'confirmSent', (...args: Parameters<RunJournal['confirmSent']>) => {
    for (const { laChildId, receipt } of args[2]) outcomes.set(laChildId, { sent: true, receipt });
  });
  const ledger = observe(store.ledger, 'markFailed', (...args: Parameters<ChildLedger['markFailed']>) => {
    for (const id of args[0]) outcomes.set(id, { sent: false, error: args[1] });
  });
  return new Proxy(store, {
    get(target, property) {
      if (property === 'journal') return journal;
      if (property === 'ledger') return ledger;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The object, with `after` called after each call of one of its methods. */
function observe<T extends object>(object: T, method: keyof T, after: (...args: never[]) => void): T {
  return new Proxy(object, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property !== method) return value.bind(target);
      return (...args: never[]) => {
        value.apply(target, args);
        after(...args);
      };
    },
  });
}

/** Plans as a real run would and writes the batches it would send to the audit folder; changes nothing. */
function dryRunFromTable(options: DatabaseSubmissionOptions, summary: RunSummary): Promise<RunSummary> {
  return writeDryRun(
    {
      settings: options.settings,
      redactor: options.redactor,
      now: options.now,
      source: options.table.connection.description,
      plan: async (audit) => {
        const plan = await planFromTable(options);
        countPlan(summary, plan);
        summary.sentWithDataQualityErrors = countDataQualitySends(plan.sends, plan.dataQuality);
        for (const item of plan.rejected)
          audit.event('record-invalid', { row: item.row.personId, child: item.laChildId, ...item.error });
        await guardDeletions(plan, options);
        return inBatches(plan.sends, options.settings.batchSize);
      },
    },
    summary,
  );
}
