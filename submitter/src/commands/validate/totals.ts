// Summary figures across every input checked in one run. Runs in Node.
import type { Outcome } from 'csc-api-validator';
import type { CheckedSource } from './checked-source.ts';

export interface Totals {
  records: number;
  children: number;
  errors: number;
  warnings: number;
  /** Records the DfE API would reject; a record with both kinds of finding counts once, here. */
  rejectedRecords: number;
  rejectedChildren: number;
  /** Errors the API accepts: to fix at source. */
  dataQualityErrors: number;
  /** The worst outcome of any input. */
  outcome: Outcome;
  /** The mode every input resolved to, or the mode asked for when they differ. */
  mode: string;
}

/** Worst first. */
const outcomes: readonly Outcome[] = ['not-ready', 'ready-with-findings', 'no-errors'];

export function totals(checked: readonly CheckedSource[], requestedMode: string): Totals {
  const modes = new Set(checked.map((c) => c.report.mode));
  const sum = (pick: (c: CheckedSource) => number) => checked.reduce((n, c) => n + pick(c), 0);
  return {
    records: sum((c) => c.report.summary.records),
    children: sum((c) => c.report.summary.children),
    errors: sum((c) => c.report.summary.errors),
    warnings: sum((c) => c.report.summary.warnings),
    rejectedRecords: sum((c) => c.report.summary.rejectedRecords),
    rejectedChildren: sum((c) => c.report.summary.rejectedChildren),
    dataQualityErrors: sum((c) => c.report.summary.dataQualityErrors),
    outcome: outcomes.find((o) => checked.some((c) => c.report.summary.outcome === o)) ?? 'no-errors',
    mode: modes.size === 1 ? ([...modes][0] ?? requestedMode) : requestedMode,
  };
}
