// Every finding's text is built here, from its catalogue entry and the finding's params. Runs anywhere.

import { type RuleEntry, rulesCatalogue } from './rules-catalogue.ts';
import type { Finding } from './types.ts';

const entries = new Map<string, RuleEntry>(rulesCatalogue.map((r) => [r.id, r]));

/** The registry entry for a rule id; a missing id is a programming error. */
export function ruleEntry(id: string): RuleEntry {
  const entry = entries.get(id);
  if (!entry) throw new Error(`No catalogue entry for rule ${id}`);
  return entry;
}

function show(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (name === 'value' && typeof value === 'string') return value === '' ? 'an empty value' : `“${value}”`;
  // GOV.UK style: commas in numbers over 999.
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 999)
    return value.toLocaleString('en-GB');
  return String(value);
}

/** Replaces `{name}` with the param's text; names with no param are left as they are. */
export function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : show(name, params[name]),
  );
}

export function makeFinding(
  id: string,
  path: string,
  record: number | null,
  childId: string | null,
  params: Record<string, unknown>,
): Finding {
  const entry = ruleEntry(id);
  const variant = typeof params.variant === 'string' ? entry.variants?.[params.variant] : undefined;
  return {
    rule: id,
    severity: entry.severity,
    consequence: entry.consequence,
    message: fillTemplate(variant?.message ?? entry.message, params),
    hint: fillTemplate(variant?.hint ?? entry.hint, params),
    path,
    record,
    childId,
    params,
  };
}
