// One checked input: its report, with each finding's line and column worked out. Runs in Node.
import { createLocator, type Finding, type ValidationReport } from 'csc-api-validator';

export interface LocatedFinding extends Finding {
  file: string;
  line: number | null;
  column: number | null;
}

export interface CheckedSource {
  name: string;
  report: ValidationReport;
  findings: LocatedFinding[];
}

export function locateFindings(name: string, text: string, report: ValidationReport): CheckedSource {
  const locator = createLocator(text);
  const findings = report.findings.map((finding) => {
    // Syntax findings carry their own position; others are found from the pointer.
    const own = typeof finding.params.line === 'number' && typeof finding.params.column === 'number';
    const at = own
      ? { line: finding.params.line as number, column: finding.params.column as number }
      : locator.locate(finding.path);
    return { ...finding, file: name, line: at?.line ?? null, column: at?.column ?? null };
  });
  return { name, report, findings };
}
