// What the state file says about a run that ended without finishing, and about its children: shown by
// `csc-api status` and the audit files. Runs anywhere.

export const recoveryMessages = {
  interruptedRun: 'The process stopped before the run finished.',
  inFlightChild:
    'The run stopped while this record was being sent; it is not known whether the DfE received it.',
  waitingChild: 'The run stopped before this record was sent.',
} as const;
