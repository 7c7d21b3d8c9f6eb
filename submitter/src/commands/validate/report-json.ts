// `--format json`: one machine-readable report for all inputs. Runs in Node.
import type { CheckedSource } from './checked-source.ts';
import { totals } from './totals.ts';

export function reportJson(checked: readonly CheckedSource[], spec: string, requestedMode: string): string {
  const t = totals(checked, requestedMode);
  return `${JSON.stringify(
    {
      spec,
      mode: t.mode,
      summary: {
        records: t.records,
        children: t.children,
        errors: t.errors,
        warnings: t.warnings,
        rejectedRecords: t.rejectedRecords,
        rejectedChildren: t.rejectedChildren,
        dataQualityErrors: t.dataQualityErrors,
        outcome: t.outcome,
      },
      issues: checked.flatMap((c) => c.findings),
    },
    null,
    2,
  )}\n`;
}
