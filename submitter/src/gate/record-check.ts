// The shape of the pre-send validation gate: which records must not be sent, and why. Runs anywhere.

export interface RecordProblem {
  /** Rule ids of the errors found, for example `schema.required`. */
  rules: string[];
  /** A short plain-English summary of the errors. */
  message: string;
}

/** Returns the problems by record position; records not in the map may be sent. */
export type RecordCheck = (
  records: readonly unknown[],
  /** Called as groups of records are checked, for progress on a terminal. */
  onProgress?: (done: number, total: number) => void,
) => Map<number, RecordProblem>;
