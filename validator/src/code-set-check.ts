// Layer 3: values of code fields must come from the field's code set. Runs anywhere.
import type { RawFinding } from './schema-check.ts';
import { codeSets } from './spec/spec-data.ts';

// Above this many codes the hint points to the reference page instead of listing every code.
const listLimit = 25;

// "Referral source" reads as "a referral source code"; "UPN unknown reason" keeps its capitals.
function sentenceCase(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

const accepted = new Map<string, ReadonlySet<string>>();

/** The codes of a set that raise no finding: every code that is not superseded (older codes included). */
export function acceptedCodes(name: string): ReadonlySet<string> {
  let set = accepted.get(name);
  if (!set) {
    set = new Set((codeSets[name]?.codes ?? []).filter((c) => c.superseded !== true).map((c) => c.code));
    accepted.set(name, set);
  }
  return set;
}

/** The finding for a code field's value that is not in `acceptedCodes(codeSet)`, without its path. */
export function codeFinding(
  value: string,
  field: { name: string; codeSet: string },
): Omit<RawFinding, 'path'> {
  const set = codeSets[field.codeSet];
  const params: Record<string, unknown> = {
    field: field.name,
    value,
    codeSet: field.codeSet,
    codeSetTitle: set ? sentenceCase(set.title) : field.codeSet,
  };
  if (set?.codes.some((c) => c.code === value)) return { rule: 'code-set.superseded', params };
  const allowed = (set?.codes ?? []).filter((c) => !c.superseded && c.current !== false).map((c) => c.code);
  params.allowed = allowed;
  // "wbri" or " WBRI " is a known code written differently: say which one.
  const tidied = value.trim().toUpperCase();
  if (tidied !== value && allowed.includes(tidied)) {
    params.suggestion = tidied;
    params.variant = 'suggestion';
  } else if (allowed.length > listLimit) params.variant = 'long';
  return { rule: 'code-set.unknown', params };
}
