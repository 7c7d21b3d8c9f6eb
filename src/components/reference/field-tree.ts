// The record's fields as a tree (parents holding their children), for the payload structure page and
// the data items page's heading levels. Runs at build time (Astro) and in tests.
import type { FieldSpec } from 'csc-api-validator/spec';

export interface FieldNode {
  field: FieldSpec;
  /** 0 for the record's own fields. */
  depth: number;
  children: FieldNode[];
}

/** The path of the field that holds this one, or '' for the record's own fields. */
export function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(0, dot).replace(/\[\]$/, '');
}

/** Builds the tree from `fieldsFor()` output (parents before children), keeping the schema's order. */
export function fieldTree(fields: readonly FieldSpec[]): FieldNode[] {
  const roots: FieldNode[] = [];
  const byPath = new Map<string, FieldNode>();
  for (const field of fields) {
    const parent = byPath.get(parentPath(field.path));
    const node: FieldNode = { field, depth: parent ? parent.depth + 1 : 0, children: [] };
    byPath.set(field.path, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The nodes in reading order: each parent followed by its children. */
export function flattenTree(nodes: readonly FieldNode[]): FieldNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}
