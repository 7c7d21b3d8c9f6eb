// The counts and outcome of a validation report, and the one test of "the DfE API would reject this".
// Runs anywhere.
import { isObject } from './record-access.ts';
import type { Finding, ValidationSummary } from './types.ts';

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
