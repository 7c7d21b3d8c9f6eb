// The public shapes of the validator core. Plain TypeScript: runs in Node and in a Web Worker.

export type Severity = 'error' | 'warning';

/**
 * What the DfE API does with the data: `rejected` (it refuses the record or the whole request: every syntax
 * and schema check, an impossible date, a batch over the limit) or `data-quality` (it accepts the record; the
 * LA should fix the value at source).
 */
export type Consequence = 'rejected' | 'data-quality';

/** How the input should be read: a daily snapshot, a delta (partial records and purges), or decide. */
export type ValidationMode = 'full' | 'delta' | 'auto';

/** One problem found in the input. Every layer (syntax, schema, code sets, rules) reports this shape. */
export interface Finding {
  /** Stable rule id, for example `schema.unknown-field` or `upn-check-letter`. Docs anchor = rule id. */
  rule: string;
  severity: Severity;
  /** From the rule's registry entry: whether the DfE API would refuse this or accept it. */
  consequence: Consequence;
  /** Plain English, GOV.UK style, built from `params` through the message catalogue. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** JSON Pointer into the document as given, for example `/3/child_details/sex`; '' for the whole document. */
  path: string;
  /** 0-based index of the record the finding belongs to, or null for document-level findings. */
  record: number | null;
  /** The record's `la_child_id` when it has one. */
  childId: string | null;
  /** Machine-readable details the message was built from. */
  params: Record<string, unknown>;
}

/**
 * What the input is ready for: `not-ready` (the DfE API would reject something), `ready-with-findings`
 * (the API accepts every record, but there are data-quality errors or warnings) or `no-errors`.
 */
export type Outcome = 'not-ready' | 'ready-with-findings' | 'no-errors';

export interface ValidationSummary {
  records: number;
  children: number;
  errors: number;
  warnings: number;
  /** Records with at least one error the DfE API would reject. A record with both kinds of finding counts once, here. */
  rejectedRecords: number;
  /** Distinct `la_child_id`s among the rejected records. */
  rejectedChildren: number;
  /** Errors the API accepts: the LA should fix them at source. */
  dataQualityErrors: number;
  outcome: Outcome;
}

export interface ValidationReport {
  /** The DfE spec version used, for example `1.0.1`. */
  spec: string;
  /** The mode used; for `auto`, the mode it resolved to. */
  mode: 'full' | 'delta';
  /** How the input was read. */
  format: 'array' | 'record' | 'ndjson' | 'wrapper' | 'unknown';
  summary: ValidationSummary;
  findings: Finding[];
}

export interface ValidateOptions {
  /** DfE spec version; defaults to the current one. */
  spec?: string;
  /** Defaults to `auto`: a delta when any record is a deletion (`purge: true`) or has no `child_details`. */
  mode?: ValidationMode;
  /** The date "today" is taken to be (for future-date and age rules); defaults to now. Its local calendar date is used. */
  today?: Date;
  /**
   * Called as work proceeds, for progress bars; `done` and `total` are record counts. `parsing` comes once
   * at the start, `schema` once the records are known, then `rules` every 1,000 records and at the end
   * (each record goes through the schema, code sets and rules in one pass).
   */
  onProgress?: (stage: 'parsing' | 'schema' | 'rules', done: number, total: number) => void;
}
