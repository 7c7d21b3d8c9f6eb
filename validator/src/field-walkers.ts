// The date and code fields of a spec version's record and the generated function that visits them
// (generated/field-walkers.js, built from field-plan.ts's tree with no eval). Runs anywhere.
import type { FieldWalker, WalkedField } from './generated/field-walkers.js';
import * as generated from './generated/field-walkers.js';

export type { FieldWalker, WalkedField };

export interface FieldWalk {
  walk: FieldWalker;
  /** The fields `walk` reports by index. */
  fields: readonly WalkedField[];
}

export function fieldWalkFor(version: string): FieldWalk | undefined {
  const name = `record_${version.replaceAll('.', '_')}`;
  const exports = generated as unknown as Record<string, unknown>;
  const walk = exports[`${name}_walk`] as FieldWalker | undefined;
  const fields = exports[`${name}_fields`] as readonly WalkedField[] | undefined;
  return walk && fields ? { walk, fields } : undefined;
}
