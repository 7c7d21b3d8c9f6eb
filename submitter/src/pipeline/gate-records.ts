// How the pre-send gate sorts a group of records, for the file and the table sources alike: no usable
// la_child_id (the record cannot be tracked), withheld (the DfE API would reject it), or passed, perhaps
// with data-quality errors. Runs anywhere.
import type { RecordCheck, RecordProblem } from 'csc-api-validator/delta';

export type GateVerdict =
  | { kind: 'untracked'; problem: RecordProblem | undefined }
  | { kind: 'withheld'; laChildId: string; problem: RecordProblem }
  | {
      kind: 'passed';
      laChildId: string;
      record: Record<string, unknown>;
      /** Data-quality errors the record is sent with, if any. */
      problem: RecordProblem | undefined;
    };

/** One verdict for each record, in order; the gate checks the group in one go, as the DfE will see it. */
export function gateRecords(records: readonly unknown[], check: RecordCheck): GateVerdict[] {
  const problems = check(records);
  return records.map((record, index) => {
    const laChildId = childIdOf(record);
    const problem = problems.get(index);
    if (laChildId === null) return { kind: 'untracked', problem };
    if (problem?.withhold) return { kind: 'withheld', laChildId, problem };
    return { kind: 'passed', laChildId, record: record as Record<string, unknown>, problem };
  });
}

/** The record's la_child_id, when it is a non-blank string. */
export function childIdOf(record: unknown): string | null {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return null;
  const id = (record as { la_child_id?: unknown }).la_child_id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}
