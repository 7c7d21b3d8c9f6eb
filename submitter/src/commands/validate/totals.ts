// Summary figures across every input checked in one run. Runs in Node.
import { combineSummaries, type ValidationSummary } from 'csc-api-validator';
import type { CheckedSource } from './checked-source.ts';

/** Every input's figures added up (the outcome is the worst of any input), and the mode. */
export interface Totals extends ValidationSummary {
  /** The mode every input resolved to, or the mode asked for when they differ. */
  mode: string;
}

export function totals(checked: readonly CheckedSource[], requestedMode: string): Totals {
  const modes = new Set(checked.map((c) => c.report.mode));
  return {
    ...combineSummaries(checked.map((c) => c.report.summary)),
    mode: modes.size === 1 ? ([...modes][0] ?? requestedMode) : requestedMode,
  };
}
