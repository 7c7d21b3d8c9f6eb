// What `csc-api status` and the tests read from the state file: counts by status, the last runs and
// every child, as the tables keep them. Read only. Runs in Node (node:sqlite).
import type { ChildStatus } from 'csc-api-validator/delta';
import type { RunMode } from '../config/settings.ts';
import type { StateConnection } from './state-connection.ts';
import type { RunStatus } from './state-statuses.ts';

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: RunStatus;
  mode: RunMode;
  partial: number;
  input: string | null;
  resumes_run_id: number | null;
  records_read: number;
  invalid: number;
  unchanged: number;
  planned: number;
  sent: number;
  deleted: number;
  failed: number;
  ambiguous: number;
  message: string | null;
  audit_folder: string | null;
}

export interface ChildRow {
  la_child_id: string;
  status: ChildStatus;
  receipt: string | null;
  last_error: string | null;
  error_rules: string | null;
  sent_at: string | null;
  ambiguous_sends: number;
  updated_at: string;
}

export class StatusQueries {
  readonly #connection: StateConnection;

  constructor(connection: StateConnection) {
    this.#connection = connection;
  }

  statusCounts(): Record<ChildStatus, number> {
    const counts: Record<ChildStatus, number> = {
      pending: 0,
      sending: 0,
      sent: 0,
      deleted: 0,
      failed: 0,
      invalid: 0,
    };
    const rows = this.#connection.rows<{ status: ChildStatus; n: number }>(
      'SELECT status, COUNT(*) AS n FROM children GROUP BY status',
    );
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  lastRuns(limit: number): RunRow[] {
    return [...this.#connection.rows<RunRow>('SELECT * FROM runs ORDER BY id DESC LIMIT ?', limit)];
  }

  children(): ChildRow[] {
    return [
      ...this.#connection.rows<ChildRow>(
        'SELECT la_child_id, status, receipt, last_error, error_rules, sent_at, ambiguous_sends, updated_at FROM children ORDER BY la_child_id',
      ),
    ];
  }
}
