// A worked failing example for any rule, made from generated records and the rule's named fault, for the
// rules reference pages. Runs anywhere (at build time in the site).
import { parsePointer, valueAt } from '../json-pointer.ts';
import type { JsonObject } from '../record-access.ts';
import { rulesCatalogue } from '../rules-catalogue.ts';
import type { Finding } from '../types.ts';
import { validate } from '../validate.ts';
import { injectFault } from './faults.ts';
import { generate } from './generate.ts';

export interface RuleExample {
  rule: string;
  fault: string;
  /** The whole input with the fault in it: records, or text for syntax faults. */
  input: unknown;
  /** The findings of this rule the input produces. */
  findings: Finding[];
  /** A short piece to show: the object holding the first finding's value, or the start of the text. */
  excerpt: string;
}

/** The failing example for a rule id, or undefined for a rule with no fault (the schema fallback). */
export function ruleExample(rule: string, options: { today?: Date } = {}): RuleExample | undefined {
  const fault = rulesCatalogue.find((r) => r.id === rule)?.fault;
  if (!fault) return undefined;
  const today = options.today ?? new Date();
  const records: JsonObject[] = generate({ count: 2, seed: 11, today });
  const input = injectFault(records, fault, { index: 0, today });
  const mode = rulesCatalogue.find((r) => r.id === rule)?.modes?.[0] ?? 'auto';
  const findings = validate(input, { today, mode }).findings.filter((f) => f.rule === rule);
  let excerpt: string;
  if (typeof input === 'string') excerpt = input.slice(0, 200);
  else {
    const segments = parsePointer(findings[0]?.path ?? '');
    // Show the object around the value: its parent, or the value itself for a whole-record finding.
    const parent = segments.length > 1 ? `/${segments.slice(0, -1).join('/')}` : (findings[0]?.path ?? '');
    const value = valueAt(input, parent.replace(/^\/$/, ''));
    excerpt =
      JSON.stringify(Array.isArray(value) && value.length > 3 ? value.slice(0, 3) : value, null, 2) ?? '';
  }
  return { rule, fault, input, findings, excerpt };
}
