// The validator page's shared state (browser main thread): one atom per thing the page shows. Elements watch
// the atoms they render and set the ones their controls change; none reaches into another's markup.
import { atom } from './atom.ts';
import type { CheckClient } from './check-client.ts';
import { type FindingFilter, noFilter, type RuleGroup, type ShownFinding } from './finding-groups.ts';
import type { TextEditor } from './text-editor.ts';
import { inputText } from './validator-text.ts';
import type { CheckedSource, RuleInfo, ValidationMode } from './worker-protocol.ts';

/** A finished check, as the summary, the findings and the downloads read it. */
export interface Checked {
  results: CheckedSource[];
  rules: RuleInfo[];
  findings: ShownFinding[];
  /** Every finding grouped by rule, worst first. */
  groups: RuleGroup[];
  spec: string;
  mode: string;
  /** Whether the (single) source is the editor's text, so findings can be shown there. */
  inEditor: boolean;
}

/** What the summary at the top says: a problem with the request, or a check's outcome. */
export type Summary = { kind: 'problem'; message: string } | { kind: 'checked'; checked: Checked };

export type FindingsView = 'rule' | 'child';

/** The latest check with the filter and view it is shown through; they change together when a check ends. */
export interface Results {
  checked: Checked | null;
  filter: FindingFilter;
  view: FindingsView;
}

export interface Progress {
  label: string;
  /** Percent done, or null while the worker cannot tell. */
  percent: number | null;
}

/** A record opened from a finding in a file too big for the editor. */
export interface OpenRecord {
  finding: ShownFinding;
  text: string;
  /** The 1-based line of the finding's value in `text`. */
  line: number | null;
}

export const store = {
  client: atom<CheckClient | null>(null),
  editor: atom<TextEditor | null>(null),
  /** True once Monaco has loaded, or failed to and left the textarea in place. */
  editorSettled: atom(false),
  /** The name the editor's text is checked under: pasted, a file's name or a sample's. */
  editorName: atom(inputText.pastedName),
  /** Files to check without opening them in the editor; empty when the editor's text is checked. */
  pendingFiles: atom<File[]>([]),
  spec: atom(''),
  mode: atom<ValidationMode>('auto'),
  status: atom(''),
  /** The running check's progress; null when no check runs. */
  progress: atom<Progress | null>(null),
  summary: atom<Summary | null>(null),
  results: atom<Results>({ checked: null, filter: noFilter, view: 'rule' }),
  record: atom<OpenRecord | null>(null),
};
