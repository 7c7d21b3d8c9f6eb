// What the one submission pipeline (run-submission.ts) needs from where the records come from, files or
// a staging table: the source reads and plans its records, and its plan says what to send and takes
// back each batch's outcome. Runs in Node.
import type { PlannedSend } from 'csc-api-validator/delta';
import type { AuditFolder } from '../audit/audit-folder.ts';
import type { DataQualityChild, InvalidChild } from '../state/child-ledger.ts';
import type { SubmissionBasics } from './run-lifecycle.ts';

export interface SubmissionSource {
  /** Where the records come from, for the state file and the log. Never contains a password. */
  readonly description: string;
  /** Takes what a real run must hold while it sends (the table's run lock); returns how to let it go. */
  hold?(): Promise<() => Promise<void>>;
  /** Reads every record, checks it with the gate and plans what to send. */
  plan(planning: Planning): Promise<SourcePlan>;
}

export interface Planning
  extends Pick<SubmissionBasics, 'settings' | 'check' | 'store' | 'progress' | 'now'> {
  /** Runs interrupted earlier that this run resumes; none for a dry run. */
  resumedRunIds: ReadonlySet<number>;
  /** False for a dry run, which must leave the state file as it was. */
  persist: boolean;
}

export interface SourcePlan {
  recordsRead: number;
  /** Records not sent: the DfE API would reject them, or they cannot be tracked (no la_child_id). */
  withheld: number;
  counts: Record<PlannedSend['kind'] | 'unchanged', number>;
  /** The withheld children that have an la_child_id, with why, for the state file. */
  invalid: readonly InvalidChild[];
  /** Children sent or to be sent although they have data-quality errors, with the rule ids. */
  dataQuality: readonly DataQualityChild[];
  /** Changed children sent whole because a partial record could not say the change. */
  fullFallbacks: readonly { laChildId: string; reason: string }[];
  deletions: DeletionCheck;
  /** What the log's `plan` event says besides the counts. */
  details: Record<string, unknown>;
  /** Every send planned. */
  sends(): Iterable<Pick<PlannedSend, 'laChildId' | 'kind'>>;
  /** The planned sends, `size` at a time. */
  batches(size: number): Iterable<readonly PlannedSend[]>;
  /** Children whose content the DfE already holds. */
  unchanged(): Iterable<string>;
  /** Children that passed the gate: those planned (deletions apart) and those unchanged. */
  passedGate(): Iterable<string>;
  /** Logs each record withheld. */
  logWithheld(audit: AuditFolder): void;
  /** Once the plan is in the state file, before anything is sent (a real run only). */
  afterPlan?(audit: AuditFolder): Promise<void>;
  /** Before each batch is sent. */
  beforeBatch?(): Promise<void>;
  /**
   * After each batch, even one that stopped the run, with what the state file recorded for its records;
   * and once more after a stop, with the children the stop left unfinished.
   */
  afterBatch?(done: BatchDone): Promise<void>;
}

/** The guard against a truncated extract: what the source says about the deletions it planned. */
export interface DeletionCheck {
  count: number;
  /** How many children the DfE holds, or may hold; asked only when there are deletions to check. */
  held(): Promise<number>;
  /** How the message says they went, for example "are missing from today's snapshot". */
  gone: string;
  /** What was most likely cut short, for example "the extract". */
  cutShort: string;
  /** What the user should look at, for example "the extract". */
  toCheck: string;
}

export interface BatchDone {
  outcomes: readonly RecordOutcome[];
  /** After a stop: the error that stopped the run; the outcomes are then those of the children it closed. */
  stop?: { error: unknown };
}

/** What the state file recorded for one record a run sent, or meant to send. */
export type RecordOutcome =
  | { laChildId: string; sent: true; kind: PlannedSend['kind']; receipt: string }
  | { laChildId: string; sent: false; error: string };
