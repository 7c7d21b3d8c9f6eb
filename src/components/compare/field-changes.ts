// The field-level differences between the record last sent for a child and today's, for people to read:
// one row per value that was added, removed or changed, items in lists matched by their id, and
// identifying values hidden as the validator page's downloads hide them. Pure functions: run in the
// compare worker (the differences) and on the page (the masking), and under Vitest.
import { canonicalJson, purgeableArrays } from 'csc-api-validator/delta';
import { identifyingFields, maskText } from '../validator/findings-export.ts';

export interface FieldChange {
  /** Where the value is, for example `social_care_episodes[E1].referral_date`. */
  path: string;
  /** The field's name, the path's last part: decides whether the value identifies the child. */
  field: string;
  /** The value as JSON text; null when the field was not there. */
  before: string | null;
  after: string | null;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Changes to a child's record, in the order the fields appear. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(before, after, '', '', changes);
  return changes;
}

function compare(before: unknown, after: unknown, path: string, field: string, out: FieldChange[]): void {
  if (before === undefined && after === undefined) return;
  if (isObject(before) || isObject(after)) {
    const old = isObject(before) ? before : {};
    const now = isObject(after) ? after : {};
    if (!isObject(before) && before !== undefined) out.push(leaf(path, field, before, undefined));
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)]))
      compare(old[key], now[key], path === '' ? key : `${path}.${key}`, key, out);
    if (!isObject(after) && after !== undefined) out.push(leaf(path, field, undefined, after));
    return;
  }
  const idKey = purgeableArrays[field];
  const itemsHaveIds = (value: unknown) => Array.isArray(value) && value.every(isObject);
  if (idKey !== undefined && (itemsHaveIds(before) || itemsHaveIds(after)) && !notArray(before, after)) {
    const byId = (value: unknown) =>
      new Map(((value ?? []) as Json[]).map((item) => [String(item[idKey]), item]));
    const old = byId(before);
    const now = byId(after);
    for (const id of new Set([...old.keys(), ...now.keys()]))
      compare(old.get(id), now.get(id), `${path}[${id}]`, field, out);
    return;
  }
  // Lists without ids (disabilities, factors, SDQs, care workers): the DfE gives order no meaning.
  if (canonicalJson(before, new Set(), '') === canonicalJson(after, new Set(), '')) return;
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isObject)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) compare(before[i], after[i], `${path}[${i}]`, field, out);
    return;
  }
  out.push(leaf(path, field, before, after));
}

/** A list on one side and something else on the other is one changed value. */
function notArray(before: unknown, after: unknown): boolean {
  return (before !== undefined && !Array.isArray(before)) || (after !== undefined && !Array.isArray(after));
}

function leaf(path: string, field: string, before: unknown, after: unknown): FieldChange {
  const text = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return { path, field, before: text(before), after: text(after) };
}

/** The change with names, dates of birth, postcodes and UPNs hidden, unless the user chose to see them. */
export function maskChange(change: FieldChange, showIdentifiers: boolean): FieldChange {
  if (showIdentifiers || !identifyingFields.has(change.field)) return change;
  const hide = (value: string | null) => (value === null ? null : maskText);
  return { ...change, before: hide(change.before), after: hide(change.after) };
}
