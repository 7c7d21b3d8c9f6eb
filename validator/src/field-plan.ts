// Walks the places in a record a spec version defines for a kind of field (dates, codes), reading the
// version's schema once. Pointers are built only for values that are reported. Runs anywhere.
import { escapePointerSegment } from './json-pointer.ts';
import { isObject } from './record-access.ts';
import { fieldsFor } from './spec/fields-for-version.ts';

/** Path segments; `[]` means every item of a list. */
export type PlanPath = readonly string[];

export interface PlannedField {
  segments: PlanPath;
  name: string;
  codeSet?: string;
}

function segmentsOf(path: string, itemsToo: boolean): string[] {
  const out: string[] = [];
  for (const part of path.split('.')) {
    if (part.endsWith('[]')) out.push(part.slice(0, -2), '[]');
    else out.push(part);
  }
  if (itemsToo) out.push('[]');
  return out;
}

const cache = new Map<string, { dates: PlannedField[]; codes: PlannedField[] }>();

export function planFor(version: string): { dates: PlannedField[]; codes: PlannedField[] } {
  let plan = cache.get(version);
  if (!plan) {
    const fields = fieldsFor(version);
    plan = {
      dates: fields
        .filter((f) => f.type === 'date')
        .map((f) => ({ segments: segmentsOf(f.path, false), name: f.name })),
      codes: fields
        .filter((f) => f.codeSet !== undefined && f.range === undefined)
        .map((f) => ({
          segments: segmentsOf(f.path, f.type === 'array'),
          name: f.name,
          codeSet: f.codeSet as string,
        })),
    };
    cache.set(version, plan);
  }
  return plan;
}

export function pointerFor(segments: PlanPath, indexes: readonly number[]): string {
  let pointer = '';
  let k = 0;
  for (const segment of segments) {
    pointer += `/${segment === '[]' ? String(indexes[k++]) : escapePointerSegment(segment)}`;
  }
  return pointer;
}

/** Calls `visit` for every value present at `segments`, with the list indexes on the way. */
export function forEachValue(
  root: unknown,
  segments: PlanPath,
  visit: (value: unknown, indexes: readonly number[]) => void,
): void {
  const indexes: number[] = [];
  const step = (node: unknown, i: number) => {
    if (i === segments.length) {
      visit(node, indexes);
      return;
    }
    const segment = segments[i] as string;
    if (segment === '[]') {
      if (!Array.isArray(node)) return;
      for (let k = 0; k < node.length; k++) {
        indexes.push(k);
        step(node[k], i + 1);
        indexes.pop();
      }
    } else if (isObject(node)) {
      const next = node[segment];
      if (next !== undefined) step(next, i + 1);
    }
  };
  step(root, 0);
}
