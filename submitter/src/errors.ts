// Every failure csc-api expects, as one family of named classes, and the one place that turns them
// into exit codes. A message says what went wrong and how to fix it; anything thrown that is not a
// CscApiError is a bug. Runs anywhere.
import { ExitCode } from './exit-codes.ts';
import type { LockHolder } from './state/run-lock.ts';

/** An expected failure: the CLI prints its message, a run records it as the reason it stopped. */
export class CscApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A usage, settings or input problem, found before anything was sent. */
export class UsageError extends CscApiError {}

/** The input cannot be read as records; the message says where and how to fix it. */
export class SourceError extends UsageError {}

/** The JSON cannot be read; the problem is in plain English, the position 1-based. */
export class JsonReadError extends SourceError {
  readonly problem: string;
  readonly line: number;
  readonly column: number;

  constructor(problem: string, line: number, column: number) {
    super(`${problem} at line ${line}, column ${column}`);
    this.problem = problem;
    this.line = line;
    this.column = column;
  }
}

/** Too many children would be deleted at once: most likely a cut-short extract, so nothing was sent. */
export class DeletionGuardError extends CscApiError {}

/**
 * The DfE refused in a way that retrying will not help: access (401 after a fresh token, 403), a
 * redirect, an answer csc-api does not expect, or a whole batch and its first record alone refused alike.
 */
export class RefusedError extends CscApiError {}

/** The DfE API kept failing or could not be reached after every retry. */
export class ApiUnreachableError extends CscApiError {}

/** The DfE answered without receipts, so the records count as failed and the run stops sending. */
export class UnconfirmedError extends CscApiError {}

/** Why no token could be had. `rejected` = the token endpoint answered and said no. */
export class TokenError extends CscApiError {
  readonly kind: 'rejected' | 'unreachable';
  readonly status: number | null;
  constructor(kind: 'rejected' | 'unreachable', status: number | null, message: string) {
    super(message);
    this.kind = kind;
    this.status = status;
  }

  /** Worth trying again: the endpoint was unreachable or busy, rather than refusing the credentials. */
  get transient(): boolean {
    return this.kind === 'unreachable';
  }
}

/** A file or folder in the audit folder could not be written (a full disk, a lost volume, a permission). */
export class AuditWriteError extends CscApiError {
  constructor(file: string, cause: unknown) {
    // The error code (ENOSPC, EACCES, EROFS…) says it all; the message would repeat the path.
    const reason = (cause as { code?: string }).code ?? String(cause);
    super(
      `csc-api could not write to the audit folder (${file}: ${reason}), so the run stopped: nothing is sent without its audit copy. ` +
        'Receipts for what the DfE had already answered are recorded in the state file. Check the space and permissions of CSC_AUDIT_DIR, then run again.',
    );
  }
}

/** The database could not be reached or refused a statement; the message says what to check. */
export class DatabaseError extends CscApiError {
  readonly code: string | null;
  /** True when settings or grants can fix it; false for network trouble and timeouts. */
  readonly fixable: boolean;
  constructor(message: string, code: string | null = null, fixable = false) {
    super(message);
    this.code = code;
    this.fixable = fixable;
  }
}

/** Another run holds the state file's lock; `holder` is null in the moment before that run has said who it is. */
export class RunLockBusyError extends CscApiError {
  readonly holder: LockHolder | null;
  constructor(holder: LockHolder | null, statePath: string) {
    const who =
      holder === null
        ? 'another csc-api run holds the lock on this state file (it has only just started, so it has not yet recorded which process it is)'
        : `another csc-api run holds the lock on this state file: process ${holder.pid} on host ${holder.host}, running since ${holder.since}`;
    super(
      `${who} (${statePath}). Two runs must not share a state file: wait for that run to finish. ` +
        'If that process is not running, see "Clearing a stale lock" on the Logs and audit files page of the documentation.',
    );
    this.holder = holder;
  }
}

/** Another run holds the staging table's lock. */
export class TableBusyError extends CscApiError {
  constructor(table: string) {
    super(
      `another csc-api run is sending from ${table} (it holds the table's lock), so this run stopped before reading anything. Wait for that run to finish.`,
    );
  }
}

/** The exit code an expected failure ends a command or a run with, as exit-codes.ts describes them. */
export function exitCodeFor(error: CscApiError): ExitCode {
  if (error instanceof TokenError) return error.kind === 'rejected' ? ExitCode.usage : ExitCode.unreachable;
  if (error instanceof DatabaseError) return error.fixable ? ExitCode.usage : ExitCode.unreachable;
  if (error instanceof ApiUnreachableError || error instanceof AuditWriteError) return ExitCode.unreachable;
  if (error instanceof UnconfirmedError) return ExitCode.failures;
  // Usage and input problems, guards, refusals and busy locks: something the user must fix first.
  return ExitCode.usage;
}
