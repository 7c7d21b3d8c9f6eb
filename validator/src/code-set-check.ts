// Layer 3: values of code fields must come from the field's code set. Runs anywhere.
import { type PathStack, type PlannedField, pointerOf } from './field-plan.ts';
import type { RawFinding } from './schema-check.ts';
import { codeSets } from './spec/spec-data.ts';

// Above this many codes the hint points to the reference page instead of listing every code.
const listLimit = 25;

// "Referral source" reads as "a referral source code"; "UPN unknown reason" keeps its capitals.
function sentenceCase(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

const lookups = new Map<string, Map<string, { superseded: boolean }>>();
function lookup(name: string): Map<string, { superseded: boolean }> {
  let map = lookups.get(name);
  if (!map) {
    map = new Map((codeSets[name]?.codes ?? []).map((c) => [c.code, { superseded: c.superseded === true }]));
    lookups.set(name, map);
  }
  return map;
}

/** Checks one code field's value; called by the engine's walk over the version's fields. */
export function checkCode(value: unknown, field: PlannedField, path: PathStack, out: RawFinding[]): void {
  if (typeof value !== 'string') return;
  const name = field.codeSet as string;
  const known = lookup(name).get(value);
  if (known && !known.superseded) return;
  const set = codeSets[name];
  const params: Record<string, unknown> = {
    field: field.name,
    value,
    codeSet: name,
    codeSetTitle: set ? sentenceCase(set.title) : name,
  };
  if (known) {
    out.push({ rule: 'code-set.superseded', path: pointerOf(path), params });
    return;
  }
  const allowed = (set?.codes ?? []).filter((c) => !c.superseded && c.current !== false).map((c) => c.code);
  params.allowed = allowed;
  // "wbri" or " WBRI " is a known code written differently: say which one.
  const tidied = value.trim().toUpperCase();
  if (tidied !== value && allowed.includes(tidied)) {
    params.suggestion = tidied;
    params.variant = 'suggestion';
  } else if (allowed.length > listLimit) params.variant = 'long';
  out.push({ rule: 'code-set.unknown', path: pointerOf(path), params });
}
