// Layer 2: the JSON Schema of one child record, checked by the Ajv code precompiled into
// generated/record-validators.js (no eval), with Ajv's errors turned into our findings. Runs anywhere.

import type { RecordValidator, SchemaError } from './generated/record-validators.js';
import * as compiled from './generated/record-validators.js';
import { escapePointerSegment, parsePointer, valueAt } from './json-pointer.ts';
import type { SchemaNode, SpecVersion } from './spec/spec-data.ts';

/** A schema finding before the record index and pointer prefix are added. */
export interface RawFinding {
  rule: string;
  /** Pointer relative to the record. */
  path: string;
  params: Record<string, unknown>;
}

const datePattern = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

const patternWords: Record<string, string> = {
  '^[A-Za-z0-9]+$': 'letters and digits',
  '^[A-Za-z0-9_-]*$': 'letters, digits, _ and -',
};

const typeWords: Record<string, string> = {
  string: 'text in quotes',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  object: 'an object in { }',
  array: 'a list in [ ]',
};

// Names LAs have used by mistake (D2I renames that were reverted, and common variants).
const knownRenames: Record<string, string> = {
  assessment_factors: 'factors',
  sdq_date: 'date',
  sdq_score: 'score',
  worker_start_date: 'start_date',
  worker_end_date: 'end_date',
  upn: 'unique_pupil_number',
  dob: 'date_of_birth',
  gender: 'sex',
};

export function recordValidatorFor(version: string): RecordValidator | undefined {
  const name = `record_${version.replaceAll('.', '_')}`;
  return (compiled as unknown as Record<string, RecordValidator | undefined>)[name];
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'a whole number' : 'a number with a fraction';
  return typeof value === 'boolean' ? 'true or false' : typeof value;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The allowed name closest to an unknown field name, if one is close enough to be a likely typo. */
export function suggestField(unknown: string, allowed: readonly string[]): string | undefined {
  const renamed = knownRenames[unknown.toLowerCase()];
  if (renamed && allowed.includes(renamed)) return renamed;
  const lower = unknown.toLowerCase().replaceAll(/[\s-]/g, '_');
  const exact = allowed.find((a) => a === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of allowed) {
    const d = editDistance(lower, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))) return best;
  const contained = allowed
    .filter((a) => a.length >= 4 && lower.includes(a))
    .sort((a, b) => b.length - a.length);
  return contained[0];
}

function schemaAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of parsePointer(pointer)) {
    if (!node) return undefined;
    node = node.type === 'array' ? node.items : node.properties?.[segment];
  }
  return node;
}

/**
 * A readable name for what a pointer points at: a field's name, an item as "disabilities item 2", or, for
 * "missing from" and "allowed in" messages about the object there, any item as "each disabilities item".
 */
function labelAt(pointer: string, what: 'value' | 'object'): string {
  const segments = parsePointer(pointer);
  const last = segments.at(-1);
  if (last === undefined) return 'the child record';
  if (!/^\d+$/.test(last)) return last;
  const parent = segments.at(-2);
  if (what === 'object') return parent === undefined ? 'the child record' : `each ${parent} item`;
  return parent === undefined ? `record ${Number(last) + 1}` : `${parent} item ${Number(last) + 1}`;
}

const fieldLabel = (pointer: string) => labelAt(pointer, 'value');
const objectLabel = (pointer: string) => labelAt(pointer, 'object');

function toFinding(error: SchemaError, record: unknown, spec: SpecVersion): RawFinding {
  const at = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(schemaAt(spec.record, at)?.properties ?? {});
      const suggestion = suggestField(name, allowed);
      const out: Record<string, unknown> = { field: name, parent: objectLabel(at), allowed };
      if (suggestion) {
        out.suggestion = suggestion;
        out.variant = 'suggestion';
      }
      return { rule: 'schema.unknown-field', path: `${at}/${escapePointerSegment(name)}`, params: out };
    }
    case 'required': {
      const field = String(params.missingProperty);
      return { rule: 'schema.required', path: at, params: { field, parent: objectLabel(at) } };
    }
    case 'type': {
      const value = valueAt(record, at);
      if (value === null) return { rule: 'schema.null', path: at, params: { field: fieldLabel(at) } };
      const expected = typeWords[String(params.type)] ?? String(params.type);
      return {
        rule: 'schema.type',
        path: at,
        params: { field: fieldLabel(at), expected, actual: describeValue(value), expectedType: params.type },
      };
    }
    case 'maxLength':
    case 'minLength': {
      const value = valueAt(record, at);
      const length = typeof value === 'string' ? [...value].length : 0;
      return {
        rule: error.keyword === 'maxLength' ? 'schema.max-length' : 'schema.min-length',
        path: at,
        params: { field: fieldLabel(at), length, limit: params.limit, value },
      };
    }
    case 'pattern': {
      const value = valueAt(record, at);
      if (params.pattern === datePattern) {
        return { rule: 'schema.date-format', path: at, params: { field: fieldLabel(at), value } };
      }
      const pattern = String(params.pattern);
      const out: Record<string, unknown> = {
        field: fieldLabel(at),
        value,
        pattern,
        allowedCharacters: patternWords[pattern] ?? `characters matching ${pattern}`,
      };
      if (value === '' && pattern.endsWith('+$')) out.variant = 'nonEmpty';
      return { rule: 'schema.pattern', path: at, params: out };
    }
    case 'maxItems': {
      const value = valueAt(record, at);
      const count = Array.isArray(value) ? value.length : 0;
      return {
        rule: 'schema.max-items',
        path: at,
        params: { field: fieldLabel(at), count, limit: params.limit },
      };
    }
    case 'uniqueItems': {
      const list = valueAt(record, at);
      // Point at the later of the two copies: that is the one to remove.
      const second = Math.max(Number(params.i), Number(params.j));
      const value = Array.isArray(list) ? list[second] : undefined;
      return {
        rule: 'schema.duplicate-items',
        path: `${at}/${second}`,
        params: { field: fieldLabel(at), value },
      };
    }
    default:
      return { rule: 'schema.other', path: at, params: { field: fieldLabel(at), keyword: error.keyword } };
  }
}

/** Adds the schema findings for one record to `out`. */
export function checkSchema(
  validator: RecordValidator,
  record: unknown,
  spec: SpecVersion,
  out: RawFinding[],
): void {
  if (validator(record)) return;
  for (const error of validator.errors ?? []) out.push(toFinding(error, record, spec));
}
