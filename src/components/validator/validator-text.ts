// Every word the validator page shows or says, in one place (browser main thread and build time): the markup
// takes its labels from here, and the elements build their messages here.
import { childKey, countOf, type ShownFinding, type Totals } from './finding-groups.ts';
import { editorLimitText } from './limits.ts';
import type { ProgressStage } from './worker-protocol.ts';

const number = (value: number) => value.toLocaleString('en-GB');

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const stageNames: Record<ProgressStage, string> = {
  reading: 'Reading',
  parsing: 'Reading the JSON',
  schema: 'Checking against the schema',
  rules: 'Checking the business rules',
};

export const formText = {
  filesLabel: 'Choose files',
  filesHint: {
    before: 'One or more',
    types: ['.json', '.ndjson'],
    between: 'or',
    after:
      'files. You can also drop files onto this form. ' +
      `A single file up to ${editorLimitText} opens in the editor; larger files, or several at once, are checked without opening them.`,
  },
  clearFiles: 'Clear files',
  editorLabel: 'JSON to check',
  editorHint:
    'Paste a JSON array of child records, a single record, or one record a line (NDJSON). In the editor, Tab moves to the next control.',
  specLabel: 'Specification version',
  currentSpec: (version: string) => `${version} (current)`,
  modeLabel: 'Mode',
  modes: {
    auto: 'Decide from the data',
    full: 'Full: every record complete',
    delta: 'Delta: changed records and purges',
  },
  sampleLabel: 'Load a sample',
  samples: { valid: 'A valid batch', problems: 'A batch with typical problems' },
  loadSample: 'Load sample',
  check: 'Check',
  progress: 'Checking',
};

export const resultsText = {
  heading: 'Findings',
  filtersLegend: 'Filter findings',
  severityLabel: 'Severity',
  severities: { all: 'Errors and warnings', error: 'Errors only', warning: 'Warnings only' },
  ruleLabel: 'Rule',
  allRules: 'All rules',
  ruleOption: (title: string, count: number) => `${title} (${count})`,
  childLabel: 'Child ID contains',
  viewLegend: 'Show findings by',
  views: { rule: 'Rule', child: 'Child' },
  downloadsHeading: 'Download the findings',
  downloadsNote: {
    before:
      'Downloads hold every finding, whatever the filters. Names, dates of birth, postcodes and UPNs are replaced with',
    after: 'unless you choose to include them. Child IDs are kept so you can find the records.',
  },
  identifiersLabel: 'Include names, dates of birth, postcodes and UPNs in downloads',
  downloads: { csv: 'Download CSV', xlsx: 'Download Excel', json: 'Download JSON', print: 'Print view' },
  recordHeading: 'Record',
  close: 'Close',
};

export const statusText = {
  starting: 'The checker is still starting. Try again in a moment.',
  checking: 'Checking…',
  inEditor: (name: string) => `${name} is in the editor. Select Check to check it.`,
  filesChosen: (count: number) => `${countOf(count, 'file')} chosen. Select Check to check them.`,
  sampleLoaded: (records: number) =>
    `Sample loaded: ${countOf(records, 'record')}. Select Check to check it.`,
  wholeFile: (name: string) => `This finding is about the whole file ${name}, not one record.`,
  excelUnavailable:
    'The Excel download could not start: its code comes from this site the first time you use it, and the ' +
    'page could not fetch it. Download the CSV, or reconnect and reload the page to use Excel.',
  finished(totals: Totals): string {
    if (totals.outcome === 'not-ready')
      return `Check finished: not ready to send, ${countOf(totals.errors, 'error')} and ${countOf(totals.warnings, 'warning')}.`;
    if (totals.outcome === 'ready-with-findings')
      return `Check finished: ready to send, with ${countOf(totals.dataQualityErrors, 'data-quality error')} and ${countOf(totals.warnings, 'warning')}.`;
    return 'Check finished: ready to send.';
  },
};

export const inputText = {
  pastedName: 'Pasted JSON',
  sampleNames: { valid: 'Sample: a valid batch', problems: 'Sample: a batch with typical problems' },
  nothingEntered: 'Enter JSON to check, or choose files',
  notJson: (name: string) => `The selected file ${name} must be a .json or .ndjson file`,
  pendingFiles: (files: File[]) =>
    files.length === 0
      ? ''
      : `${countOf(files.length, 'file')} will be checked without opening in the editor: ${files
          .map((file) => `${file.name} (${formatBytes(file.size)})`)
          .join(', ')}.`,
  editorUnavailable: 'The editor could not load; the plain text box is still available.',
};

export const progressText = {
  starting: 'Starting the check',
  stage: (stage: ProgressStage, source: number, sources: number) =>
    `${stageNames[stage]}${sources > 1 ? ` (file ${source + 1} of ${sources})` : ''}`,
};

export const summaryText = {
  errorTitlePrefix: 'Error: ',
  problem: 'There is a problem',
  notReady: 'Not ready to send. ',
  rejectedWhole: 'The DfE API would reject this input as a whole.',
  rejected: (totals: Totals) =>
    `The DfE API would reject ${countOf(totals.rejectedRecords, 'record')} (${countOf(totals.rejectedChildren, 'child', 'children')}).`,
  readyWithFindings: 'Ready to send, with data-quality findings',
  acceptsEvery: 'The DfE API would accept every record.',
  noErrors: 'No errors found',
  ready: 'Ready to send.',
  dataQuality: 'Data quality',
  dataQualityVerdict: (totals: Totals) =>
    `${countOf(totals.dataQualityErrors, 'data-quality error')} and ${countOf(totals.warnings, 'warning')}: ` +
    'the API accepts these records; fix them at source.',
  groupLink: (title: string, count: number) => `${title}: ${countOf(count, 'finding')}`,
  facts: {
    checked: 'Checked',
    records: 'Records',
    children: 'Children',
    rejected: 'Rejected by the API',
    dataQualityErrors: 'Data-quality errors',
    warnings: 'Warnings',
    spec: 'Specification version',
    mode: 'Mode',
  },
  rejectedRecords: (count: number) => countOf(count, 'record'),
};

export const findingText = {
  shown: (shown: number, total: number) =>
    shown === total
      ? `Showing all ${countOf(shown, 'finding')}.`
      : `Showing ${number(shown)} of ${countOf(total, 'finding')}.`,
  describe(finding: ShownFinding, showFile: boolean): string {
    const where: string[] = [];
    if (showFile) where.push(finding.sourceName);
    if (finding.record !== null) where.push(`record ${number(finding.record + 1)}`);
    if (finding.childId) where.push(`child ${finding.childId}`);
    return `${where.length ? `${where.join(', ')}: ` : ''}${finding.message}`;
  },
  inEditor: 'Shows the place in the editor',
  inRecord: 'Shows the record',
  howToFix: 'How to fix: ',
  showAll: (count: number) => `Show all ${number(count)}`,
  showMore: (next: number, left: number) => `Show ${number(next)} more of ${number(left)}`,
  severity: { error: 'Error', warning: 'Warning' },
  consequence: { rejected: '(the DfE API would reject it)', 'data-quality': '(data quality)' },
  groupMeta: (count: number) => `${countOf(count, 'finding')} · rule `,
  aboutRule: 'About this rule',
  showChild: (childId: string) => `Show findings for ${childId}`,
  childrenCaption: (count: number) => `${countOf(count, 'child', 'children')} with findings`,
  childColumns: { child: 'Child ID', errors: 'Errors', warnings: 'Warnings', action: 'Action' },
  moreChildren: 'Show more children',
  recordHeading: (finding: ShownFinding) =>
    `Record ${number((finding.record ?? 0) + 1)} of ${finding.sourceName}`,
  recordWhere: (finding: ShownFinding, line: number | null) =>
    `${childKey(finding)}: ${finding.message}${line ? ` (line ${line} below)` : ''}`,
};

export const printText = {
  title: 'CSC API data check',
  facts: (names: string[], spec: string, mode: string, totals: Totals, showIdentifiers: boolean) =>
    `${names.join(', ')} · specification ${spec} · ${mode} · ` +
    `${countOf(totals.records, 'record')}, ${countOf(totals.errors, 'error')}, ${countOf(totals.warnings, 'warning')}` +
    (showIdentifiers ? '' : ' · identifying values hidden'),
  columns: ['Record', 'Child ID', 'Severity', 'Consequence', 'Rule', 'Message', 'Location'],
};

/** Names of the downloaded files: the date keeps a day's downloads apart. */
export function downloadName(extension: string, now = new Date()): string {
  return `csc-findings-${now.toISOString().slice(0, 10)}.${extension}`;
}
