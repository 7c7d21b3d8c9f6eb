// Every exit status the `csc-api` command can return, and the one description of each that the help
// and the docs both print. Plain data with no imports, so the site can import it. Runs anywhere.
export const ExitCode = {
  ok: 0,
  failures: 1,
  usage: 2,
  unreachable: 3,
  dataQuality: 4,
  bug: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ExitCodeMeaning {
  /** A few words for `csc-api --help`. */
  readonly summary: string;
  /** What it means, for the docs. */
  readonly meaning: string;
  /** What to do about it, for the docs. */
  readonly action: string;
}

/** Every exit code, in order; errors.ts decides which failure ends with which. */
export const exitCodeMeanings: Readonly<Record<ExitCode, ExitCodeMeaning>> = {
  0: {
    summary: 'success',
    meaning:
      'Everything asked for worked: every record was sent with a receipt, or there was nothing to send. For `validate`: no errors (warnings allowed).',
    action: 'None.',
  },
  1: {
    summary: 'the run finished, but some records failed or were withheld',
    meaning:
      'The run finished, but some records failed, or were withheld because the DfE API would reject them (or, with `CSC_HOLD_ON=data-quality`, because of data-quality errors); or the DfE answered without receipts and the run stopped. For `validate`: the DfE API would reject something.',
    action: 'Check `csc-api status --records` and follow up the failed and withheld records.',
  },
  2: {
    summary: 'a usage, settings, input or access problem; nothing more is sent until it is fixed',
    meaning:
      'A usage or settings problem, unreadable input, the DfE refused access (`401` after a fresh token, `403`), an endpoint answered with a redirect or an answer csc-api does not expect, the DfE refused a whole batch and its first record alone with the same answer naming no record, too many children vanished at once (see `--confirm-deletions`), or another run holds the lock.',
    action: 'Fix what the message names: usually a setting, a credential or a cut-short extract.',
  },
  3: {
    summary:
      'the DfE API, the token endpoint or the database could not be reached, or the audit folder written',
    meaning:
      'The DfE API, the token endpoint or the database could not be reached, or the API kept failing after every retry; or the audit folder could not be written.',
    action:
      'Check the network, proxy, DfE service status and the audit folder’s disk; the next run sends again.',
  },
  4: {
    summary: 'validate only: data-quality errors, though the DfE API would accept every record',
    meaning:
      'For `validate` only: the DfE API would accept every record, but some have data-quality errors to fix at source.',
    action: 'Fix the data-quality errors at source, in the case management system.',
  },
  70: {
    summary: 'a bug in csc-api',
    meaning:
      'An unexpected error: a bug in csc-api. The message shows the versions and a stack trace, with secrets removed.',
    action: 'Report it with the text the message shows.',
  },
};
