// `--format csv`: one row per finding, safe to open in Excel. Runs in Node.
import type { CheckedSource } from './checked-source.ts';

const columns = [
  'file',
  'record',
  'child_id',
  'severity',
  'consequence',
  'rule',
  'path',
  'line',
  'column',
  'message',
  'hint',
];

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function reportCsv(checked: readonly CheckedSource[]): string {
  const rows = [columns.join(',')];
  for (const source of checked) {
    for (const f of source.findings) {
      const record = f.record === null ? '' : f.record + 1;
      rows.push(
        [
          f.file,
          record,
          f.childId,
          f.severity,
          f.consequence,
          f.rule,
          f.path,
          f.line,
          f.column,
          f.message,
          f.hint,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
