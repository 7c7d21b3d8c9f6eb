// Layer 1: turns the input (text or a parsed value) into records: a JSON array, one record, NDJSON, or
// the documented-but-wrong {"la_code", "Children"} wrapper. Syntax problems become findings with line
// and column. Runs anywhere.
import { findSyntaxProblem, lineAndColumn } from './json-syntax.ts';
import { makeFinding } from './messages.ts';
import { isObject } from './record-access.ts';
import type { Finding, ValidationReport } from './types.ts';

export interface ReadInput {
  format: ValidationReport['format'];
  /** The records to check; `undefined` marks an NDJSON line that could not be read. */
  records: unknown[];
  /** Pointer to record i is `${prefix}/${i}`, or `prefix` alone when `single`. */
  prefix: string;
  single: boolean;
  findings: Finding[];
}

function describeTopLevel(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text in quotes';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  return 'something else';
}

function fromValue(value: unknown, findings: Finding[]): ReadInput {
  if (Array.isArray(value)) return { format: 'array', records: value, prefix: '', single: false, findings };
  if (isObject(value)) {
    const key = Object.keys(value).find((k) => k.toLowerCase() === 'children');
    if (key !== undefined && ('la_code' in value || 'LA_code' in value || 'la_Code' in value)) {
      findings.push(makeFinding('syntax.wrapper', '', null, null, { wrapperKey: key }));
      const inner = value[key];
      const prefix = `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (Array.isArray(inner)) return { format: 'wrapper', records: inner, prefix, single: false, findings };
      return { format: 'wrapper', records: [inner], prefix, single: true, findings };
    }
    return { format: 'record', records: [value], prefix: '', single: true, findings };
  }
  findings.push(makeFinding('syntax.not-records', '', null, null, { actual: describeTopLevel(value) }));
  return { format: 'unknown', records: [], prefix: '', single: false, findings };
}

function syntaxFinding(text: string): Finding {
  const problem = findSyntaxProblem(text) ?? {
    // Valid JSON the engine could not parse: nesting deeper than its limit.
    offset: 0,
    problem: 'the JSON is nested too deeply to read',
  };
  const { line, column } = lineAndColumn(text, problem.offset);
  return makeFinding('syntax.json', '', null, null, {
    line,
    column,
    problem: problem.problem,
    offset: problem.offset,
  });
}

/** NDJSON: one JSON value per non-blank line. Returns null when the text does not look like NDJSON. */
function readNdjson(text: string): ReadInput | null {
  const lines = text.split('\n');
  const present = lines.filter((l) => l.trim() !== '');
  if (present.length < 2) return null;
  const records: unknown[] = [];
  const findings: Finding[] = [];
  let readable = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line));
      readable++;
    } catch {
      const problem = findSyntaxProblem(line) ?? {
        offset: 0,
        problem: 'the JSON is nested too deeply to read',
      };
      findings.push(
        makeFinding('syntax.ndjson-line', `/${records.length}`, records.length, null, {
          line: n + 1,
          column: problem.offset + 1,
          problem: problem.problem,
        }),
      );
      records.push(undefined);
    }
  }
  // Call it NDJSON only when most lines read as JSON and they hold objects: a pretty-printed document
  // with a syntax error has few lines that read on their own.
  const firstReadable = records.find((r) => r !== undefined);
  if (readable * 2 < present.length || !isObject(firstReadable)) return null;
  return { format: 'ndjson', records, prefix: '', single: false, findings };
}

export function readInput(input: unknown): ReadInput {
  if (typeof input !== 'string') return fromValue(input, []);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    return {
      format: 'unknown',
      records: [],
      prefix: '',
      single: false,
      findings: [makeFinding('syntax.empty', '', null, null, {})],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const ndjson = readNdjson(text);
    if (ndjson) return ndjson;
    return { format: 'unknown', records: [], prefix: '', single: false, findings: [syntaxFinding(text)] };
  }
  return fromValue(value, []);
}
