// How a field's type and limits read on the reference pages, and how fields differ between spec versions.
// Plain functions over the validator's `fieldsFor()` output. Runs at build time (Astro) and in tests.
import type { FieldSpec } from 'csc-api-validator/spec';

/** The constraints that can change between versions, in the order the pages list them. */
export const constraintKeys = [
  'type',
  'itemType',
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'maxItems',
  'uniqueItems',
] as const satisfies readonly (keyof FieldSpec)[];

export type ConstraintKey = (typeof constraintKeys)[number];

export const constraintLabels: Record<ConstraintKey, string> = {
  type: 'Type',
  itemType: 'Type of each item',
  required: 'Required',
  minLength: 'Shortest length',
  maxLength: 'Longest length',
  pattern: 'Pattern',
  maxItems: 'Most items',
  uniqueItems: 'Items must differ',
};

/** One constraint value as text; `not set` when the version has no such constraint. */
export function constraintText(key: ConstraintKey, field: FieldSpec | undefined): string {
  if (!field) return 'not in this version';
  const value = field[key];
  if (value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (key === 'minLength' || key === 'maxLength') return `${value} characters`;
  return String(value);
}

/** The type as a reader would say it: `date (YYYY-MM-DD)`, `list of text`, `list of objects`. */
export function typeText(field: FieldSpec): string {
  const words = (type: string) =>
    ({ string: 'text', date: 'date (YYYY-MM-DD)', integer: 'whole number', boolean: 'true or false' })[
      type
    ] ?? type;
  if (field.type === 'array') {
    return field.itemType === 'object' ? 'list of objects' : `list of ${words(field.itemType ?? 'string')}`;
  }
  return words(field.type);
}

/** The limits on a field's value, one phrase each; empty when there are none. */
export function limitTexts(field: FieldSpec): string[] {
  const limits: string[] = [];
  const { minLength, maxLength } = field;
  const each = field.type === 'array' ? 'each item ' : '';
  if (minLength !== undefined && minLength === maxLength)
    limits.push(`${each}exactly ${minLength} characters`);
  else {
    if (minLength !== undefined) limits.push(`${each}at least ${minLength} characters`);
    if (maxLength !== undefined) limits.push(`${each}at most ${maxLength} characters`);
  }
  if (field.pattern !== undefined) limits.push(`matches the pattern ${field.pattern}`);
  if (field.maxItems !== undefined) limits.push(`at most ${field.maxItems} items`);
  if (field.uniqueItems) limits.push('no item listed twice');
  if (field.range) limits.push(`a whole number from ${field.range.min} to ${field.range.max}`);
  if (field.format === 'upn') limits.push('a UPN: the validator also checks its format and check letter');
  if (field.format === 'postcode') limits.push('a UK postcode: the validator also checks its format');
  return limits;
}

/** A field's example as it would appear in the JSON. */
export function exampleText(example: unknown): string {
  return JSON.stringify(example);
}

export interface ConstraintDifference {
  path: string;
  key: ConstraintKey;
  /** The field in the version compared; undefined when the version does not have it. */
  from: FieldSpec | undefined;
  to: FieldSpec | undefined;
}

/** Every constraint that differs between two versions' fields, in the order of `to` (then `from`-only fields). */
export function constraintDifferences(
  fromFields: readonly FieldSpec[],
  toFields: readonly FieldSpec[],
): ConstraintDifference[] {
  const fromByPath = new Map(fromFields.map((f) => [f.path, f]));
  const toByPath = new Map(toFields.map((f) => [f.path, f]));
  const paths = [...toByPath.keys(), ...[...fromByPath.keys()].filter((p) => !toByPath.has(p))];
  const differences: ConstraintDifference[] = [];
  for (const path of paths) {
    const from = fromByPath.get(path);
    const to = toByPath.get(path);
    if (!from || !to) {
      differences.push({ path, key: 'type', from, to });
      continue;
    }
    for (const key of constraintKeys) {
      if (from[key] !== to[key]) differences.push({ path, key, from, to });
    }
  }
  return differences;
}
