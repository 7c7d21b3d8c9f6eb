// Groups, filters and totals for the findings the validator page shows. Pure functions: browser and Vitest.
import type { ValidationSummary } from 'csc-api-validator';
import { combineSummaries } from 'csc-api-validator/summarise';
import type { CheckedSource, Finding, RuleInfo } from './worker-protocol.ts';

/** A finding with the input (editor or file) it came from. */
export interface ShownFinding extends Finding {
  /** Index into the checked sources. */
  source: number;
  sourceName: string;
  /** Index in its source's report, which also indexes the source's `positions`. */
  index: number;
}

export interface RuleGroup {
  rule: string;
  title: string;
  /** Anchor of the rule on the validation rules reference page. */
  anchor: string;
  severity: Finding['severity'];
  consequence: Finding['consequence'];
  hint: string;
  findings: ShownFinding[];
}

export interface ChildGroup {
  childId: string;
  errors: number;
  warnings: number;
  findings: ShownFinding[];
}

export interface FindingFilter {
  severity: 'all' | Finding['severity'];
  rule: string;
  childId: string;
}

export const noFilter: FindingFilter = { severity: 'all', rule: '', childId: '' };

/** Every source's figures added up; the outcome is the worst of any source. */
export type Totals = ValidationSummary;

/** Every finding of every checked source, in source order then in the validator's order. */
export function flattenFindings(results: CheckedSource[]): ShownFinding[] {
  return results.flatMap((result, source) =>
    result.report.findings.map((finding, index) => ({ ...finding, source, sourceName: result.name, index })),
  );
}

export function totalsOf(results: CheckedSource[]): Totals {
  return combineSummaries(results.map(({ report }) => report.summary));
}

/** The child id a finding is listed under; document-level findings have none. */
export function childKey(finding: Finding): string {
  return (
    finding.childId ?? (finding.record === null ? 'Whole file' : `Record ${finding.record + 1} (no child id)`)
  );
}

export function filterFindings(findings: ShownFinding[], filter: FindingFilter): ShownFinding[] {
  const childId = filter.childId.trim().toLowerCase();
  return findings.filter(
    (finding) =>
      (filter.severity === 'all' || finding.severity === filter.severity) &&
      (filter.rule === '' || finding.rule === filter.rule) &&
      (childId === '' || childKey(finding).toLowerCase().includes(childId)),
  );
}

/** Findings grouped by rule: what the DfE API would reject, then data-quality errors, then warnings; then the most frequent first. */
export function groupByRule(findings: ShownFinding[], rules: RuleInfo[]): RuleGroup[] {
  const info = new Map(rules.map((rule) => [rule.id, rule]));
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.rule);
    if (!group) {
      group = {
        rule: finding.rule,
        title: info.get(finding.rule)?.title ?? finding.rule,
        anchor: info.get(finding.rule)?.anchor ?? finding.rule,
        severity: finding.severity,
        consequence: finding.consequence,
        hint: finding.hint,
        findings: [],
      };
      groups.set(finding.rule, group);
    }
    if (finding.severity === 'error') group.severity = 'error';
    group.findings.push(finding);
  }
  return [...groups.values()].sort(
    (a, b) =>
      groupRank(a) - groupRank(b) || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule),
  );
}

/** Findings grouped by child: children with the most errors first. */
export function groupByChild(findings: ShownFinding[]): ChildGroup[] {
  const groups = new Map<string, ChildGroup>();
  for (const finding of findings) {
    const key = childKey(finding);
    let group = groups.get(key);
    if (!group) {
      group = { childId: key, errors: 0, warnings: 0, findings: [] };
      groups.set(key, group);
    }
    if (finding.severity === 'error') group.errors += 1;
    else group.warnings += 1;
    group.findings.push(finding);
  }
  return [...groups.values()].sort(
    (a, b) => b.errors - a.errors || b.warnings - a.warnings || a.childId.localeCompare(b.childId),
  );
}

function groupRank(group: RuleGroup): number {
  // The batch limit is a rejected warning: warnings rank last whatever their consequence.
  if (group.severity === 'warning') return 2;
  return group.consequence === 'rejected' ? 0 : 1;
}

/** "1 error", "3 warnings": counts in words for headings and the verdict. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
