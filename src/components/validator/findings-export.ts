// Builds the CSV and JSON downloads of a check's findings, and the rows every spreadsheet download shares,
// masking identifying values unless the user opts in. Pure functions: run in the browser and under Vitest.
import { groupByChild, type ShownFinding, type Totals } from './finding-groups.ts';
import { findingText } from './validator-text.ts';

/** Fields whose values identify a child: masked in exports by default. */
export const identifyingFields = new Set([
  'first_name',
  'surname',
  'date_of_birth',
  'expected_date_of_birth',
  'postcode',
  'unique_pupil_number',
  'former_unique_pupil_number',
]);

export const maskText = '[hidden]';

/** The last segment of a JSON Pointer, unescaped. */
function lastSegment(pointer: string): string {
  const segment = pointer.slice(pointer.lastIndexOf('/') + 1);
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Every string or number inside a params value, as text. */
function valuesIn(value: unknown, out: string[]): void {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) valuesIn(item, out);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) valuesIn(item, out);
}

/**
 * The finding with identifying values replaced by `[hidden]`: every param value of a finding about an
 * identifying field, and any param named after one, both in `params` and wherever they appear in the message.
 */
export function maskFinding<T extends ShownFinding>(finding: T): T {
  const aboutIdentifier = identifyingFields.has(lastSegment(finding.path));
  const hidden: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(finding.params)) {
    if (aboutIdentifier || identifyingFields.has(key)) {
      valuesIn(value, hidden);
      params[key] = maskText;
    } else {
      params[key] = value;
    }
  }
  let message = finding.message;
  // Longest first, so a value that contains another is hidden whole.
  for (const value of hidden.filter((text) => text.trim().length > 1).sort((a, b) => b.length - a.length)) {
    message = message.replaceAll(value, maskText);
  }
  return { ...finding, params, message };
}

/** Excel runs cells that start with these as formulas; a leading apostrophe keeps them as text. */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type Cell = string | number | null;

function csvCell(value: Cell): string {
  const text = formulaSafe(value === null ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = [
  'File',
  'Record',
  'Child ID',
  'Severity',
  'Consequence',
  'Rule',
  'Message',
  'How to fix',
  'Location',
];

/** One row per finding under `csvHeader`, masked unless the user opted in: the CSV's and the workbook's. */
export function findingRows(findings: ShownFinding[], options: { showIdentifiers: boolean }): Cell[][] {
  return findings.map((original) => {
    const finding = options.showIdentifiers ? original : maskFinding(original);
    return [
      finding.sourceName,
      finding.record === null ? null : finding.record + 1,
      finding.childId,
      finding.severity,
      finding.consequence,
      finding.rule,
      finding.message,
      finding.hint,
      finding.path || '/',
    ];
  });
}

const { child, errors, warnings } = findingText.childColumns;
export const childHeader = [child, errors, warnings];

/** The per-child view, every finding counted: child IDs are kept, as in every download. */
export function childRows(findings: ShownFinding[]): Cell[][] {
  return groupByChild(findings).map((child) => [child.childId, child.errors, child.warnings]);
}

/** CSV for Excel: UTF-8 with a byte order mark, CRLF line ends, one row per finding. */
export function findingsToCsv(findings: ShownFinding[], options: { showIdentifiers: boolean }): string {
  const rows = [csvHeader, ...findingRows(findings, options)];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface ExportContext {
  spec: string;
  mode: string;
  totals: Totals;
  files: { name: string; records: number }[];
}

/** The findings as a JSON document, with the context needed to read them later. */
export function findingsToJson(
  findings: ShownFinding[],
  context: ExportContext,
  options: { showIdentifiers: boolean },
): string {
  const shown = findings.map((finding) => (options.showIdentifiers ? finding : maskFinding(finding)));
  return `${JSON.stringify(
    {
      spec: context.spec,
      mode: context.mode,
      identifiersHidden: !options.showIdentifiers,
      summary: context.totals,
      files: context.files,
      findings: shown.map(({ source: _source, index: _index, sourceName, ...finding }) => ({
        file: sourceName,
        ...finding,
      })),
    },
    null,
    2,
  )}\n`;
}
