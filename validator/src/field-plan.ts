// Walks the places in a record where a spec version has date and code fields, in one pass,
// following a tree built once per version from its schema. The path so far is kept on a shared stack and
// turned into a pointer only for values that are reported. Runs anywhere.
import { escapePointerSegment } from './json-pointer.ts';
import { isObject } from './record-access.ts';
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

export type PathStack = (string | number)[];

export type Visit = (value: unknown, field: PlannedField, path: PathStack) => void;

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

export function pointerOf(path: PathStack): string {
  let pointer = '';
  for (const segment of path) pointer += `/${escapePointerSegment(segment)}`;
  return pointer;
}

/** Calls `visit` for every value the tree reaches in `root`. */
export function walkPlan(
  root: unknown,
  nodes: readonly PlanNode[],
  visit: Visit,
  path: PathStack = [],
): void {
  if (!isObject(root)) return;
  for (const node of nodes) {
    const value = root[node.key];
    if (value === undefined) continue;
    path.push(node.key);
    if (!node.list) {
      if (node.leaf) visit(value, node.leaf, path);
      if (node.children.length > 0) walkPlan(value, node.children, visit, path);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        if (node.leaf) visit(value[i], node.leaf, path);
        if (node.children.length > 0) walkPlan(value[i], node.children, visit, path);
        path.pop();
      }
    }
    path.pop();
  }
}
