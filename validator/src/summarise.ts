// The counts and outcome of a validation report, the same figures for several reports together, and the
// one test of "the DfE API would reject this". Runs anywhere; `csc-api-validator/summarise` carries only this.
import { isObject } from './record-access.ts';
import type { Finding, Outcome, ValidationSummary } from './types.ts';

/**
 * True for an error the DfE API would refuse. The batch limit is the one rejected warning: the API refuses
 * a request over the limit, but the records are fine once split (csc-api splits every batch).
 */
export function wouldBeRejected(finding: Pick<Finding, 'consequence' | 'severity'>): boolean {
  return finding.consequence === 'rejected' && finding.severity === 'error';
}

export function summarise(records: readonly unknown[], findings: readonly Finding[]): ValidationSummary {
  const children = new Set<string>();
  for (const record of records) {
    if (isObject(record) && typeof record.la_child_id === 'string') children.add(record.la_child_id);
  }
  let errors = 0;
  let dataQualityErrors = 0;
  let rejectedDocument = false;
  const rejectedRecords = new Set<number>();
  const rejectedChildren = new Set<string>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    errors++;
    if (!wouldBeRejected(finding)) dataQualityErrors++;
    else if (finding.record === null) rejectedDocument = true;
    else {
      rejectedRecords.add(finding.record);
      if (finding.childId !== null) rejectedChildren.add(finding.childId);
    }
  }
  const rejected = rejectedDocument || rejectedRecords.size > 0;
  return {
    records: records.length,
    children: children.size,
    errors,
    warnings: findings.length - errors,
    rejectedRecords: rejectedRecords.size,
    rejectedChildren: rejectedChildren.size,
    dataQualityErrors,
    outcome: rejected ? 'not-ready' : findings.length > 0 ? 'ready-with-findings' : 'no-errors',
  };
}

/** Worst first. */
const outcomes: readonly Outcome[] = ['not-ready', 'ready-with-findings', 'no-errors'];

/** The figures of several reports added up; the outcome is the worst of any of them. */
export function combineSummaries(summaries: readonly ValidationSummary[]): ValidationSummary {
  const sum = (pick: (summary: ValidationSummary) => number) =>
    summaries.reduce((n, summary) => n + pick(summary), 0);
  return {
    records: sum((s) => s.records),
    children: sum((s) => s.children),
    errors: sum((s) => s.errors),
    warnings: sum((s) => s.warnings),
    rejectedRecords: sum((s) => s.rejectedRecords),
    rejectedChildren: sum((s) => s.rejectedChildren),
    dataQualityErrors: sum((s) => s.dataQualityErrors),
    outcome: outcomes.find((o) => summaries.some((s) => s.outcome === o)) ?? 'no-errors',
  };
}
