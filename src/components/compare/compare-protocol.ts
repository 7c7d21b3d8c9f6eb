// The messages between the compare page (browser main thread) and its Web Worker. Only plain data and
// Blobs cross; every request carries an id so the page can drop stale answers.
import type { VanishedShareVerdict } from 'csc-api-validator/delta';
import type { FieldChange } from './field-changes.ts';

/** Where an extract comes from: text pasted on the page, or a file read inside the worker. */
export type ExtractSource =
  | { kind: 'text'; name: string; text: string }
  | { kind: 'file'; name: string; file: File };

/** 0: the extract last sent; 1: today's. */
export type ExtractIndex = 0 | 1;

export type CompareRequest =
  | { id: number; type: 'read'; sources: [ExtractSource, ExtractSource]; today: string }
  | { id: number; type: 'compare' };

/** A finding about one of the extracts, as validate() words it. */
export interface ExtractProblem {
  extract: ExtractIndex;
  rule: string;
  message: string;
  hint: string;
}

/** What reading both extracts found, before any comparison. */
export interface Preflight {
  extracts: { name: string; bytes: number; records: number }[];
  /** Problems that stop the comparison: an extract that cannot be read as records. */
  unreadable: ExtractProblem[];
  /** Duplicated la_child_ids: the same findings a check gives. */
  duplicates: ExtractProblem[];
  /** Reasons to doubt the two extracts belong together. */
  warnings: string[];
}

export interface SendCounts {
  full: number;
  partial: number;
  delete: number;
  requests: number;
  /** Changed children sent whole because a partial record could not say the change. */
  fullFallbacks: number;
}

export interface ChangedChild {
  laChildId: string;
  changes: FieldChange[];
}

export interface Comparison {
  /** Children the DfE holds after the extract last sent. */
  held: number;
  unchanged: number;
  newChildren: string[];
  changedCount: number;
  /** The first changed children, with their field-level differences. */
  changed: ChangedChild[];
  vanished: string[];
  /** Children of today's extract that csc-api would not send, and why. */
  withheld: { laChildId: string; rules: string[]; message: string }[];
  vanishedShare: VanishedShareVerdict;
  sends: { delta: SendCounts; partial: SendCounts };
  /** The request bodies each run would send, as a JSON download. */
  downloads: { delta: Blob; partial: Blob };
  ms: number;
}

export type CompareResponse =
  | { id: number; type: 'progress'; message: string }
  | { id: number; type: 'read'; preflight: Preflight }
  | { id: number; type: 'compared'; comparison: Comparison }
  | { id: number; type: 'failed'; message: string };
