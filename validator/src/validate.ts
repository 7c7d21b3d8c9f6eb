// validate(): runs the four layers (syntax, schema, code sets, business rules) and returns one report.
// Never throws on bad data. Runs in Node and in a Web Worker.
import { acceptedCodes, codeFinding } from './code-set-check.ts';
import { realDate } from './dates.ts';
import { fieldWalkFor, type WalkedField } from './field-walkers.ts';
import { makeFinding } from './messages.ts';
import { resolveOptions } from './options.ts';
import { readInput } from './read-input.ts';
import { isObject, type JsonObject, objectAt } from './record-access.ts';
import { rules } from './rules/index.ts';
import type { BatchRule, DateRule, RecordRule, RecordRuleContext, Rule } from './rules/rule.ts';
import { checkSchema, type RawFinding, recordValidatorFor } from './schema-check.ts';
import { summarise } from './summarise.ts';
import type { Finding, ValidateOptions, ValidationReport } from './types.ts';

const progressEvery = 1000;

/** Auto mode: a delta when any record is a deletion or carries no child_details (a partial record). */
function resolveMode(records: readonly unknown[], mode: 'full' | 'delta' | 'auto'): 'full' | 'delta' {
  if (mode !== 'auto') return mode;
  for (const record of records) {
    if (isObject(record) && (record.purge === true || !isObject(record.child_details))) return 'delta';
  }
  return 'full';
}

const registered: readonly Rule[] = rules;

function runsIn(rule: Rule, mode: 'full' | 'delta'): boolean {
  return rule.modes === undefined || rule.modes.includes(mode);
}

export function validate(input: unknown, options?: ValidateOptions): ValidationReport {
  const resolved = resolveOptions(options);
  const { spec, onProgress } = resolved;
  onProgress?.('parsing', 0, 0);
  const read = readInput(input);
  const { records } = read;
  const total = records.length;
  const mode = resolveMode(records, resolved.mode);
  const findings: Finding[] = [...read.findings];
  const validator = recordValidatorFor(spec.version);
  if (!validator) throw new Error(`No compiled schema for ${spec.version}: run the standalone build.`);
  const recordRules = registered.filter((r): r is RecordRule => r.kind === 'record' && runsIn(r, mode));
  const dateRules = registered.filter((r): r is DateRule => r.kind === 'date' && runsIn(r, mode));
  const batchRules = registered.filter((r): r is BatchRule => r.kind === 'batch' && runsIn(r, mode));
  const base = (i: number) => (read.single ? read.prefix : `${read.prefix}/${i}`);

  const raw: RawFinding[] = [];
  let ruleId = '';
  const context = {
    record: {} as JsonObject,
    details: undefined as JsonObject | undefined,
    dateOfBirth: undefined as string | undefined,
    expectedDateOfBirth: undefined as string | undefined,
    mode,
    spec,
    today: resolved.today,
    tomorrow: resolved.tomorrow,
    windowStart: resolved.windowStart,
    report(path: string, params: Record<string, unknown> = {}) {
      raw.push({ rule: ruleId, path, params });
    },
  } satisfies RecordRuleContext;

  // One walk per record over the version's date and code fields; the visitor is made once, not per record.
  const fieldWalk = fieldWalkFor(spec.version);
  if (!fieldWalk) throw new Error(`No field walker for ${spec.version}: run the standalone build.`);
  const { walk, fields } = fieldWalk;
  const accepted = fields.map((f) => (f.codeSet === undefined ? undefined : acceptedCodes(f.codeSet)));
  // The date being checked, so a date rule's report can name it.
  let dateField = fields[0] as WalkedField;
  let date0 = 0;
  let date1 = 0;
  let date2 = 0;
  let dateRuleId = '';
  const reportDate = (params: Record<string, unknown>) => {
    raw.push({ rule: dateRuleId, path: dateField.pointer(date0, date1, date2), params });
  };
  const visitField = (value: unknown, index: number, i0: number, i1: number, i2: number) => {
    if (typeof value !== 'string') return;
    const field = fields[index] as WalkedField;
    const codes = accepted[index];
    if (codes !== undefined) {
      if (!codes.has(value)) {
        const finding = codeFinding(value, { name: field.name, codeSet: field.codeSet as string });
        raw.push({ ...finding, path: field.pointer(i0, i1, i2) });
      }
      return;
    }
    dateField = field;
    date0 = i0;
    date1 = i1;
    date2 = i2;
    for (const rule of dateRules) {
      dateRuleId = rule.id;
      rule.checkDate(value, field.name, context, reportDate);
    }
  };

  onProgress?.('schema', 0, total);
  for (let i = 0; i < total; i++) {
    const record = records[i];
    if (record === undefined && read.format === 'ndjson') continue;
    raw.length = 0;
    checkSchema(validator, record, spec, raw);
    if (isObject(record)) {
      const details = objectAt(record, 'child_details');
      context.record = record;
      context.details = details;
      context.dateOfBirth = realDate(details?.date_of_birth);
      context.expectedDateOfBirth = realDate(details?.expected_date_of_birth);
      walk(record, visitField);
      for (let r = 0; r < recordRules.length; r++) {
        const rule = recordRules[r] as RecordRule;
        ruleId = rule.id;
        rule.check(context);
      }
    }
    if (raw.length > 0) {
      const childId = isObject(record) && typeof record.la_child_id === 'string' ? record.la_child_id : null;
      const prefix = base(i);
      for (const f of raw) findings.push(makeFinding(f.rule, prefix + f.path, i, childId, f.params));
    }
    if (onProgress && (i + 1) % progressEvery === 0) onProgress('rules', i + 1, total);
  }
  for (const rule of batchRules) {
    rule.check({
      records,
      mode,
      spec,
      report(record, path, params = {}) {
        const at = record === null ? read.prefix : base(record) + path;
        const target = record === null ? null : records[record];
        const id = isObject(target) && typeof target.la_child_id === 'string' ? target.la_child_id : null;
        findings.push(makeFinding(rule.id, at, record, id, params));
      },
    });
  }
  onProgress?.('rules', total, total);

  return {
    spec: spec.version,
    mode,
    format: read.format,
    summary: summarise(records, findings),
    findings,
  };
}
