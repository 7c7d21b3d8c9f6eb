// What every `csc-api run` does around its own reading and planning, whether the records come from
// files or a staging table: the run summary, opening and closing the run in the state file and the
// audit folder, turning errors into stops, and the dry run's output. Runs in Node.

import type { PlannedSend, RecordCheck } from 'csc-api-validator/delta';
import { AuditFolder } from '../audit/audit-folder.ts';
import type { DfeClient } from '../client/dfe-client.ts';
import type { HoldOn, Settings } from '../config/settings.ts';
import { CscApiError, exitCodeFor } from '../errors.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Progress } from '../output/progress.ts';
import type { Redactor } from '../redact/redactor.ts';
import type { StateStore } from '../state/state-store.ts';

export interface RunSummary {
  runId: number | null;
  dryRun: boolean;
  mode: 'full' | 'delta';
  partial: boolean;
  /** Which findings withhold a record (CSC_HOLD_ON). */
  holdOn: HoldOn;
  recordsRead: number;
  /** Records not sent: the DfE API would reject them (or, with holdOn `data-quality`, they have data-quality errors). */
  invalid: number;
  unchanged: number;
  planned: { full: number; partial: number; delete: number };
  sent: number;
  /** Of those sent, children with data-quality errors: the DfE accepted them; the LA should fix them at source. */
  sentWithDataQualityErrors: number;
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

/** What every submission takes apart from where its records come from. */
export interface SubmissionBasics {
  settings: Settings;
  check: RecordCheck;
  store: StateStore;
  /** Null for a dry run: nothing is sent, and nothing is recorded. */
  client: DfeClient | null;
  redactor: Redactor;
  now: () => Date;
  progress: Progress;
  confirmDeletions: boolean;
  /** This process, recorded with the run; the run lock, not this number, keeps runs apart. */
  pid: number;
}

/** A run recorded in the state file, with its audit folder. */
export interface OpenRun {
  runId: number;
  audit: AuditFolder;
  /** Takes the counts from the state file into the summary, closes the run and logs the summary. */
  finish(status: 'finished' | 'stopped'): void;
}

export function emptySummary(settings: Settings, dryRun: boolean): RunSummary {
  return {
    runId: null,
    dryRun,
    mode: settings.mode,
    partial: settings.partial,
    holdOn: settings.holdOn,
    recordsRead: 0,
    invalid: 0,
    unchanged: 0,
    planned: { full: 0, partial: 0, delete: 0 },
    sent: 0,
    sentWithDataQualityErrors: 0,
    deleted: 0,
    failed: 0,
    ambiguous: 0,
    requests: 0,
    resumedRuns: [],
    auditFolder: '',
    stopped: null,
    exitCode: ExitCode.ok,
  };
}

/**
 * Starts a run in the state file (which first marks any interrupted run so this one resumes it),
 * opens its audit folder and logs the start; `source` describes where the records come from.
 */
export function openRun(context: SubmissionBasics, source: string, summary: RunSummary): OpenRun {
  const { settings, store, now } = context;
  const { runId, recovered } = store.journal.startRun({
    mode: settings.mode,
    partial: settings.partial,
    input: source,
    pid: context.pid,
    now: now().toISOString(),
  });
  summary.runId = runId;
  summary.resumedRuns = recovered.interruptedRunIds;
  const record = (status: 'finished' | 'stopped') => {
    const counts = store.ledger.runCounts(runId);
    summary.sent = counts.sent;
    summary.deleted = counts.deleted;
    summary.failed = counts.failed;
    store.journal.finishRun(runId, {
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
  };
  let audit: AuditFolder;
  try {
    audit = AuditFolder.create(settings.auditDir, `run-${runId}`, context.redactor, now);
    summary.auditFolder = audit.path;
    store.journal.setRunAuditFolder(runId, audit.path);
    audit.event('run-started', {
      run: runId,
      mode: settings.mode,
      partial: settings.partial,
      source,
      batchSize: settings.batchSize,
    });
    if (recovered.interruptedRunIds.length > 0) {
      audit.event('resuming', {
        interruptedRuns: recovered.interruptedRunIds,
        ambiguousChildren: recovered.ambiguousChildren,
      });
    }
  } catch (error) {
    // Nothing was read or sent: the run is closed as stopped, so the next run does not resume it.
    summary.stopped = (error as Error).message;
    record('stopped');
    throw error;
  }
  const finish = (status: 'finished' | 'stopped') => {
    record(status);
    audit.event('run-finished', { ...summary });
  };
  return { runId, audit, finish };
}

/** The exit code a run finished without a stop ends with. */
export function finishedExitCode(summary: RunSummary): ExitCode {
  return summary.failed + summary.invalid > 0 ? ExitCode.failures : ExitCode.ok;
}

/** What a dry run needs from its caller. */
export interface DryRun {
  settings: Settings;
  redactor: Redactor;
  now: () => Date;
  /** Where the records come from, for the log. */
  source: string;
  /** Reads, checks and plans, filling in the summary; returns the batches a real run would send. */
  plan: (audit: AuditFolder) => Promise<Iterable<readonly PlannedSend[]>>;
}

/** Plans as a real run would and writes the batches it would send to a `dry-run` audit folder. */
export async function writeDryRun(options: DryRun, summary: RunSummary): Promise<RunSummary> {
  const { settings } = options;
  const audit = AuditFolder.create(settings.auditDir, 'dry-run', options.redactor, options.now);
  summary.auditFolder = audit.path;
  audit.event('dry-run-started', {
    mode: settings.mode,
    partial: settings.partial,
    source: options.source,
  });
  try {
    for (const items of await options.plan(audit)) {
      summary.requests += 1;
      audit.writeRequest(summary.requests, `[${items.map((item) => item.payload).join(',')}]`);
    }
    summary.exitCode = summary.invalid > 0 ? ExitCode.failures : ExitCode.ok;
  } catch (error) {
    if (!(error instanceof CscApiError)) throw error;
    summary.stopped = error.message;
    summary.exitCode = exitCodeFor(error);
  }
  audit.event('dry-run-finished', { ...summary });
  audit.writeFile('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
