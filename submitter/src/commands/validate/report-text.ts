// `--format text`, for an analyst: a summary, the findings grouped by rule with counts, then by child.
// Runs in Node.
import { type Consequence, ruleEntry, wouldBeRejected } from 'csc-api-validator';
import type { CheckedSource, LocatedFinding } from './checked-source.ts';
import { totals } from './totals.ts';

const consequenceLabel: Record<Consequence, string> = {
  rejected: 'rejected',
  'data-quality': 'data quality',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function position(f: LocatedFinding): string {
  return f.line === null ? '' : `line ${f.line}, column ${f.column}: `;
}

export function reportText(checked: readonly CheckedSource[], spec: string, requestedMode: string): string {
  const t = totals(checked, requestedMode);
  const out: string[] = [];
  const names = checked.map((c) => c.name).join(', ');
  out.push(
    `Checked ${names} against DfE CSC API spec ${spec} (${t.mode === 'full' ? 'full snapshot' : t.mode}).`,
  );
  out.push(
    `${plural(t.records, 'record')}, ${plural(t.children, 'child', 'children')}: ` +
      `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}.`,
  );
  if (t.outcome === 'not-ready') {
    out.push(
      `The DfE API would reject ${plural(t.rejectedRecords, 'record')} (${plural(t.rejectedChildren, 'child', 'children')}).`,
    );
  }
  if (t.dataQualityErrors + t.warnings > 0) {
    out.push(
      `${plural(t.dataQualityErrors, 'data-quality error')} and ${plural(t.warnings, 'warning')}: ` +
        'the API accepts these records; fix them at source.',
    );
  }
  const all = checked.flatMap((c) => c.findings);
  if (all.length === 0) {
    out.push('', 'No problems found.');
    return `${out.join('\n')}\n`;
  }

  const byRule = new Map<string, LocatedFinding[]>();
  for (const f of all) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  // Errors before warnings; among errors, what the API would reject first.
  const rank = (f: LocatedFinding | undefined) =>
    f === undefined ? 3 : f.severity === 'warning' ? 2 : wouldBeRejected(f) ? 0 : 1;
  const ruleRows = [...byRule.entries()].sort(
    ([a, fa], [b, fb]) => rank(fa[0]) - rank(fb[0]) || fb.length - fa.length || a.localeCompare(b),
  );
  const width = Math.max(...ruleRows.map(([id]) => id.length));
  out.push('', 'By rule:');
  for (const [id, list] of ruleRows) {
    const entry = ruleEntry(id);
    out.push(
      `  ${entry.severity.padEnd(7)}  ${consequenceLabel[entry.consequence].padEnd(12)}  ${id.padEnd(width)}  ` +
        `${String(list.length).padStart(6)}  ${entry.title}`,
    );
  }

  out.push('', 'By child:');
  for (const source of checked) {
    const groups = new Map<string, LocatedFinding[]>();
    for (const f of source.findings) {
      const key =
        f.record === null
          ? 'The whole input'
          : `Record ${f.record + 1}${f.childId === null ? '' : `, child ${f.childId}`}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const [key, list] of groups) {
      out.push(`  ${checked.length > 1 ? `${source.name}: ` : ''}${key}`);
      for (const f of list) {
        out.push(
          `    ${f.severity === 'error' ? 'Error' : 'Warning'} (${consequenceLabel[f.consequence]}): ${position(f)}${f.message}`,
        );
        out.push(`      ${f.hint}${f.path === '' ? '' : ` (at ${f.path})`}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
