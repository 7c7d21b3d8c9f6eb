// Every exit status the `csc-api` command can return, decided here and nowhere else.
export const ExitCode = {
  /** Everything asked for succeeded (for `validate`: no errors, warnings allowed). */
  ok: 0,
  /** The work ran but some records failed (for `validate`: the DfE API would reject something). */
  failures: 1,
  /**
   * A usage, configuration or input problem, found before anything was sent; or the DfE refused the
   * credentials (401 after a fresh token, 403), or a guard (such as too many vanished children) stopped a run.
   */
  usage: 2,
  /** The DfE API (or the database) could not be reached. */
  unreachable: 3,
  /** For `validate`: the DfE API would accept every record, but there are data-quality errors to fix at source. */
  dataQuality: 4,
  /** A bug: an unexpected exception. */
  bug: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
