// Builds a partial (delta) record: the identifiers on each path plus what changed since the last send,
// with `purge: true` items for removed sub-records. Runs anywhere.
import { canonicalJson, type IgnoredFields } from './hash-record.ts';

type Json = Record<string, unknown>;

/** Arrays whose items the DfE matches by id and can purge one by one. */
export const purgeableArrays: Readonly<Record<string, string>> = {
  social_care_episodes: 'social_care_episode_id',
  child_and_family_assessments: 'child_and_family_assessment_id',
  child_in_need_plans: 'child_in_need_plan_id',
  section_47_assessments: 'section_47_assessment_id',
  child_protection_plans: 'child_protection_plan_id',
  child_looked_after_placements: 'child_looked_after_placement_id',
};

/** Single objects that carry their own purge flag. */
const purgeableObjects = new Set(['child_details', 'health_and_wellbeing', 'adoption', 'care_leavers']);

export type PartialPayload = { kind: 'partial'; payload: Json } | { kind: 'full'; reason: string };

/**
 * `previous` is the whole record last confirmed as sent, `current` today's whole record.
 * When a change cannot be said as a partial record (a field that was removed: the spec has no way
 * to clear a field), the caller sends the full record instead.
 */
export function buildPartialPayload(previous: Json, current: Json, ignored: IgnoredFields): PartialPayload {
  const payload: Json = { la_child_id: current.la_child_id };
  if (current.mis_child_id !== undefined) payload.mis_child_id = current.mis_child_id;
  const result = diffObject(previous, current, '', ignored, new Set(['la_child_id', 'mis_child_id']));
  if (result.kind === 'full') return result;
  Object.assign(payload, result.changes);
  return { kind: 'partial', payload };
}

type Diff = { kind: 'partial'; changes: Json } | { kind: 'full'; reason: string };

function diffObject(
  previous: Json,
  current: Json,
  path: string,
  ignored: IgnoredFields,
  skip: ReadonlySet<string>,
): Diff {
  const changes: Json = {};
  const keys = new Set([...Object.keys(previous), ...Object.keys(current)]);
  for (const key of keys) {
    if (skip.has(key)) continue;
    const fieldPath = path === '' ? key : `${path}.${key}`;
    if (ignored.has(fieldPath)) continue;
    const before = previous[key];
    const after = current[key];
    if (after === undefined) {
      if (purgeableObjects.has(key)) {
        changes[key] = { purge: true };
        continue;
      }
      if (key in purgeableArrays && Array.isArray(before)) {
        const idKey = purgeableArrays[key] as string;
        changes[key] = before.map((item) => ({ [idKey]: (item as Json)[idKey], purge: true }));
        continue;
      }
      return { kind: 'full', reason: `${fieldPath} was removed, and a partial record cannot clear a field` };
    }
    if (before === undefined) {
      changes[key] = after;
      continue;
    }
    if (same(before, after, fieldPath, ignored)) continue;
    if (purgeableObjects.has(key) && isObject(before) && isObject(after)) {
      const inner = diffObject(before, after, fieldPath, ignored, new Set());
      if (inner.kind === 'full') return inner;
      changes[key] = inner.changes;
      continue;
    }
    const idKey = purgeableArrays[key];
    if (idKey !== undefined && Array.isArray(before) && Array.isArray(after)) {
      const inner = diffItems(before, after, idKey, fieldPath, ignored);
      if (inner.kind === 'full') return inner;
      changes[key] = inner.items;
      continue;
    }
    // Scalars and arrays without ids (disabilities, factors, care workers, SDQ scores) go whole.
    changes[key] = after;
  }
  return { kind: 'partial', changes };
}

function diffItems(
  before: unknown[],
  after: unknown[],
  idKey: string,
  path: string,
  ignored: IgnoredFields,
): { kind: 'partial'; items: Json[] } | { kind: 'full'; reason: string } {
  const previousById = new Map<unknown, Json>();
  for (const item of before) if (isObject(item)) previousById.set(item[idKey], item);
  const items: Json[] = [];
  const seen = new Set<unknown>();
  for (const item of after) {
    if (!isObject(item)) return { kind: 'full', reason: `${path} holds an item that is not an object` };
    const id = item[idKey];
    seen.add(id);
    const old = previousById.get(id);
    if (old === undefined) {
      items.push(item);
      continue;
    }
    if (same(old, item, path, ignored)) continue;
    const inner = diffObject(old, item, path, ignored, new Set([idKey]));
    if (inner.kind === 'full') return inner;
    items.push({ [idKey]: id, ...inner.changes });
  }
  for (const [id] of previousById) {
    if (!seen.has(id)) items.push({ [idKey]: id, purge: true });
  }
  return { kind: 'partial', items };
}

function same(a: unknown, b: unknown, path: string, ignored: IgnoredFields): boolean {
  return canonicalJson(a, ignored, path) === canonicalJson(b, ignored, path);
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
