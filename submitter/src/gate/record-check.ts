// The shape of the pre-send validation gate: which records must not be sent, which are sent with
// data-quality errors, and why. Runs anywhere.

export interface RecordProblem {
  /** False for a record sent with data-quality errors: the DfE API accepts it, and the LA lets it go. */
  withhold: boolean;
  /** Rule ids of the errors found, those the API would reject first, for example `schema.required`. */
  rules: string[];
  /** A short plain-English summary of the errors. */
  message: string;
}

/** Returns the problems by record position; records not in the map have no errors. */
export type RecordCheck = (records: readonly unknown[]) => Map<number, RecordProblem>;
