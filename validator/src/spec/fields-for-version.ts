// Field metadata for one spec version, for the reference pages: constraints from the version's schema,
// words from fields.json. Runs anywhere.
import { codeSets, fieldNotes, getSpecVersion, type SchemaNode } from './spec-data.ts';

export interface FieldSpec {
  /** Path in the record, for example `social_care_episodes[].referral_date`. */
  path: string;
  /** The field's own name. */
  name: string;
  type: 'object' | 'array' | 'string' | 'date' | 'integer' | 'boolean';
  /** For arrays: the type of each item. */
  itemType?: 'object' | 'string' | 'date' | 'integer' | 'boolean';
  required: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  maxItems?: number;
  uniqueItems?: boolean;
  codeSet?: string;
  /** For the SDQ score: the allowed range. */
  range?: { min: number; max: number };
  format?: 'date' | 'upn' | 'postcode';
  description: string;
  ssd: string | null;
  notes?: string;
  example?: unknown;
}

function typeOf(node: SchemaNode): FieldSpec['type'] {
  if (node.format === 'date') return 'date';
  return node.type ?? 'object';
}

/** Every field of a version's child record, parents before children, in the order of the schema. */
export function fieldsFor(version: string): FieldSpec[] {
  const spec = getSpecVersion(version);
  if (!spec) throw new Error(`Unknown spec version ${version}`);
  const out: FieldSpec[] = [];
  const walk = (node: SchemaNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const notes = fieldNotes[path];
      if (!notes) throw new Error(`fields.json has no entry for ${path}`);
      const leaf = child.type === 'array' && child.items ? child.items : child;
      const field: FieldSpec = {
        path,
        name,
        type: typeOf(child),
        required: node.required?.includes(name) ?? false,
        description: notes.description,
        ssd: notes.ssd,
      };
      if (child.type === 'array' && child.items)
        field.itemType = typeOf(child.items) as FieldSpec['itemType'];
      if (leaf.minLength !== undefined) field.minLength = leaf.minLength;
      if (leaf.maxLength !== undefined) field.maxLength = leaf.maxLength;
      if (leaf.pattern !== undefined) field.pattern = leaf.pattern;
      if (child.maxItems !== undefined) field.maxItems = child.maxItems;
      if (child.uniqueItems !== undefined) field.uniqueItems = child.uniqueItems;
      if (notes.codeSet) {
        field.codeSet = notes.codeSet;
        const range = codeSets[notes.codeSet]?.range;
        if (range) field.range = range;
      }
      if (notes.format) field.format = notes.format;
      if (notes.notes) field.notes = notes.notes;
      if (notes.example !== undefined) field.example = notes.example;
      out.push(field);
      if (child.type === 'object') walk(child, path);
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${path}[]`);
    }
  };
  walk(spec.record, '');
  return out;
}
