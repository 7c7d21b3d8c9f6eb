// Reads an extract's text into records the way validate() does (a JSON array, one record, NDJSON), with
// the same syntax findings, so the compare page reports malformed JSON at the same line and column as
// the validator page. Runs anywhere.
import { readInput } from '../read-input.ts';
import type { Finding, ValidationReport } from '../types.ts';

export interface ReadExtract {
  format: ValidationReport['format'];
  /** The records; `undefined` marks an NDJSON line that could not be read. */
  records: unknown[];
  /** Syntax findings about the whole text (records cannot be compared): the JSON cannot be read, and so on. */
  unreadable: Finding[];
}

export function readExtract(text: string): ReadExtract {
  const read = readInput(text);
  return {
    format: read.format,
    records: read.records,
    unreadable: read.findings.filter((finding) => finding.record === null),
  };
}
