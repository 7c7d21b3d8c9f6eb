// The statuses the state file records for a run and a batch (a child's, ChildStatus, is declared with
// the delta planning in csc-api-validator/delta). Every status the SQL writes is one of these. Runs anywhere.

/** running until it ends: finished, stopped (it ended early, and said why), or interrupted (the process died). */
export type RunStatus = 'running' | 'finished' | 'stopped' | 'interrupted';

/** How a run that ended on its own ended. */
export type EndedRunStatus = Extract<RunStatus, 'finished' | 'stopped'>;

/**
 * sending until answered: accepted (receipts), split (refused whole and sent again in parts), rejected,
 * failed, unconfirmed (the DfE may have stored it), or interrupted (the process died while sending).
 */
export type BatchStatus =
  | 'sending'
  | 'accepted'
  | 'split'
  | 'rejected'
  | 'failed'
  | 'unconfirmed'
  | 'interrupted';
