// What `csc-api status` reports, built from the state file's rows: the camelCase shape `status --json`
// prints, which submitter/schema/status.schema.json describes and its docs page publishes. A change
// that could break a reader raises statusSchemaVersion. Runs in Node.
import type { ChildStatus } from 'csc-api-validator/delta';
import type { RunMode } from '../../config/settings.ts';
import type { RunStatus } from '../../state/state-statuses.ts';
import type { ChildRow, RunRow, StatusQueries } from '../../state/status-queries.ts';

export const statusSchemaVersion = 1;

export interface StatusReport {
  schemaVersion: typeof statusSchemaVersion;
  stateFile: string;
  counts: Record<ChildStatus, number>;
  runs: RunReport[];
  records?: RecordReport[];
}

export interface RunReport {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  mode: RunMode;
  partial: boolean;
  input: string | null;
  resumesRunId: number | null;
  counts: Record<
    'recordsRead' | 'invalid' | 'unchanged' | 'planned' | 'sent' | 'deleted' | 'failed' | 'ambiguous',
    number
  >;
  message: string | null;
  auditFolder: string | null;
}

export interface RecordReport {
  laChildId: string;
  status: ChildStatus;
  receipt: string | null;
  error: string | null;
  /** For an invalid child, the errors that held it back; for a sent one, the data-quality errors the DfE accepted. */
  rules: string[];
  sentAt: string | null;
  possiblyDuplicated: boolean;
  updatedAt: string;
}

/**
 * Reads the report; `shown` masks the secrets a stored message may quote (what the API echoed back).
 * Records are read only when asked for.
 */
export function statusReport(
  queries: StatusQueries,
  options: { stateFile: string; runs: number; records: boolean; shown: (text: string) => string },
): StatusReport {
  const shown = (text: string | null) => (text === null ? null : options.shown(text));
  return {
    schemaVersion: statusSchemaVersion,
    stateFile: options.stateFile,
    counts: queries.statusCounts(),
    runs: queries.lastRuns(options.runs).map((run) => runReport(run, shown(run.message))),
    ...(options.records
      ? { records: queries.children().map((child) => recordReport(child, shown(child.last_error))) }
      : {}),
  };
}

function runReport(run: RunRow, message: string | null): RunReport {
  return {
    id: run.id,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    status: run.status,
    mode: run.mode,
    partial: run.partial === 1,
    input: run.input,
    resumesRunId: run.resumes_run_id,
    counts: {
      recordsRead: run.records_read,
      invalid: run.invalid,
      unchanged: run.unchanged,
      planned: run.planned,
      sent: run.sent,
      deleted: run.deleted,
      failed: run.failed,
      ambiguous: run.ambiguous,
    },
    message,
    auditFolder: run.audit_folder,
  };
}

function recordReport(child: ChildRow, error: string | null): RecordReport {
  return {
    laChildId: child.la_child_id,
    status: child.status,
    receipt: child.receipt,
    error,
    rules: child.error_rules === null ? [] : (JSON.parse(child.error_rules) as string[]),
    sentAt: child.sent_at,
    possiblyDuplicated: child.ambiguous_sends > 0,
    updatedAt: child.updated_at,
  };
}
