// The places in a record where a spec version has date and code fields, as a tree built from its schema.
// scripts/walker-code.ts turns each tree into generated/field-walkers.js, which visits them all in one pass.
// Runs anywhere.
import { fieldsFor } from './spec/fields-for-version.ts';

export interface PlannedField {
  kind: 'date' | 'code';
  /** The field's own name. */
  name: string;
  codeSet?: string;
}

/** One step of the tree: `parent[key]`, every item of it when `list`, reported when `leaf` is set. */
export interface PlanNode {
  key: string;
  list: boolean;
  leaf?: PlannedField;
  children: PlanNode[];
}

function insert(roots: PlanNode[], path: string, leafIsList: boolean, leaf: PlannedField): void {
  const parts = path.split('.');
  let level = roots;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const list = part.endsWith('[]') || (last && leafIsList);
    const key = part.endsWith('[]') ? part.slice(0, -2) : part;
    let node = level.find((n) => n.key === key);
    if (!node) {
      node = { key, list, children: [] };
      level.push(node);
    }
    if (last) node.leaf = leaf;
    level = node.children;
  });
}

const cache = new Map<string, PlanNode[]>();

/** The tree of every date field and code field of a version: one walk per record checks them all. */
export function planFor(version: string): PlanNode[] {
  let plan = cache.get(version);
  if (!plan) {
    plan = [];
    for (const f of fieldsFor(version)) {
      if (f.type === 'date') insert(plan, f.path, false, { kind: 'date', name: f.name });
      if (f.codeSet !== undefined && f.range === undefined) {
        insert(plan, f.path, f.type === 'array', { kind: 'code', name: f.name, codeSet: f.codeSet });
      }
    }
    cache.set(version, plan);
  }
  return plan;
}
