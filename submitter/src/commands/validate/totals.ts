// Summary figures across every input checked in one run. Runs in Node.
import type { CheckedSource } from './checked-source.ts';

export interface Totals {
  records: number;
  children: number;
  errors: number;
  warnings: number;
  /** The mode every input resolved to, or the mode asked for when they differ. */
  mode: string;
}

export function totals(checked: readonly CheckedSource[], requestedMode: string): Totals {
  const modes = new Set(checked.map((c) => c.report.mode));
  const sum = (pick: (c: CheckedSource) => number) => checked.reduce((n, c) => n + pick(c), 0);
  return {
    records: sum((c) => c.report.summary.records),
    children: sum((c) => c.report.summary.children),
    errors: sum((c) => c.report.summary.errors),
    warnings: sum((c) => c.report.summary.warnings),
    mode: modes.size === 1 ? ([...modes][0] ?? requestedMode) : requestedMode,
  };
}
