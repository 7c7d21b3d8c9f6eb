// Test helper: a record holding every field of a version, built from the examples in fields.json, and a
// way to change the value at a field path. Runs in Node (Vitest).
import { type FieldSpec, fieldsFor } from '../src/spec/index.ts';

type Json = Record<string, unknown>;

/** Every field of the version, filled from its example; lists hold one item. */
export function maximalRecord(version: string): Json {
  const fields = fieldsFor(version);
  const build = (prefix: string): Json => {
    const out: Json = {};
    for (const f of fields.filter((x) => parentOf(x.path) === prefix)) {
      if (f.type === 'object') out[f.name] = build(f.path);
      else if (f.type === 'array' && f.itemType === 'object') out[f.name] = [build(`${f.path}[]`)];
      else out[f.name] = structuredClone(f.example);
    }
    return out;
  };
  return build('');
}

export function parentOf(path: string): string {
  const at = path.lastIndexOf('.');
  return at === -1 ? '' : path.slice(0, at);
}

/** JSON Pointer of a field path in the maximal record (list items are item 0). */
export function pointerOfField(path: string): string {
  return `/${path.replaceAll('[]', '/0').replaceAll('.', '/')}`;
}

/** Sets (or with `undefined`, removes) the value at a field path in a copy of the record. */
export function withValue(record: Json, path: string, value: unknown): Json {
  const copy = structuredClone(record);
  const segments = pointerOfField(path).slice(1).split('/');
  let node: unknown = copy;
  for (const segment of segments.slice(0, -1)) node = (node as Json)[segment];
  const last = segments.at(-1) as string;
  if (value === undefined) delete (node as Json)[last];
  else (node as Json)[last] = value;
  return copy;
}

export function fieldsWith(version: string, pick: (f: FieldSpec) => boolean): FieldSpec[] {
  return fieldsFor(version).filter(pick);
}
