// The messages that cross between the validator page (browser main thread) and its Web Worker.
// Only plain data crosses; every request carries an id so the page can drop stale answers.
import type { Finding, ValidationMode, ValidationReport } from 'csc-api-validator';

export type { Finding, ValidationMode, ValidationReport };

/** Where the text to check comes from: the editor's text, or a file read inside the worker. */
export type CheckSource =
  | { kind: 'text'; name: string; text: string }
  | { kind: 'file'; name: string; file: File };

export type SampleKind = 'valid' | 'problems';

export type WorkerRequest =
  | { id: number; type: 'check'; sources: CheckSource[]; spec: string; mode: ValidationMode }
  | { id: number; type: 'sample'; kind: SampleKind; spec: string; count: number; seed: number }
  | { id: number; type: 'locate'; source: number; pointers: string[] }
  | { id: number; type: 'record'; source: number; record: number; pointer: string };

export type ProgressStage = 'reading' | 'parsing' | 'schema' | 'rules';

/** A rule's docs entry, sent with the results so the page bundle need not import the rule registry. */
export interface RuleInfo {
  id: string;
  title: string;
  /** Anchor of the rule's entry on the validation rules reference page. */
  anchor: string;
}

/** One checked input (the editor, or one file) and what the validator found in it. */
export interface CheckedSource {
  name: string;
  bytes: number;
  report: ValidationReport;
  /**
   * For text small enough to show in the editor: the line and column of each of the first findings
   * (same order as `report.findings`), so the editor can mark them at once. Null for large files.
   */
  positions: (Position | null)[] | null;
  /** Milliseconds spent reading the file and running validate(), for the page and the benchmark. */
  readMs: number;
  checkMs: number;
}

export interface Position {
  line: number;
  column: number;
}

export type WorkerResponse =
  | {
      id: number;
      type: 'progress';
      source: number;
      sources: number;
      stage: ProgressStage;
      done: number;
      total: number;
    }
  /** Findings of source `source`, in order, sent before the `checked` answer (whose sources list none). */
  | { id: number; type: 'findings'; source: number; json: string }
  | { id: number; type: 'checked'; json: string }
  | { id: number; type: 'sample'; text: string; records: number }
  | { id: number; type: 'located'; positions: (Position | null)[] }
  | { id: number; type: 'record'; text: string; line: number | null }
  | { id: number; type: 'failed'; message: string };

/**
 * What a check found. It crosses as JSON text: with tens of thousands of findings, JSON.parse on the page is
 * several times faster than the structured clone of the same objects. The findings come first, a slice per
 * `findings` message, then the rest in the `checked` message: each message is its own task on the page, so
 * the page never stops for long while it reads them.
 */
export interface CheckAnswer {
  results: CheckedSource[];
  rules: RuleInfo[];
  /** Milliseconds the worker spent on the whole check. */
  ms: number;
}

/** Findings per `findings` message: each is read on the page in a few milliseconds. */
export const findingsPerMessage = 1000;

/** A response of one type, for typed waiting on a request. */
export type ResponseOf<T extends WorkerResponse['type']> = Extract<WorkerResponse, { type: T }>;
