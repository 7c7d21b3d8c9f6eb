// A worked failing example for any rule: generated synthetic records, the rule's named fault put into
// one of them, what the validator then says, and the part of the input to show beside it. For the rules
// reference pages and tests. Runs anywhere (at build time in the site).
import { parsePointer } from '../json-pointer.ts';
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
  /** The first finding of this rule the input produces. */
  finding: Finding;
  /** The part of the input the finding points at, as JSON-like text with unrelated parts shortened. */
  excerpt: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The record the fault goes into: not the first, so an example shows a pointer into the list. */
const faultyRecord = 1;

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortened(value: Json): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[ … ${value.length} ${value.length === 1 ? 'item' : 'items'} … ]`;
  }
  if (isObject(value)) return '{ … }';
  return JSON.stringify(value);
}

/** Prints an object with its own values in full only along `keep`; nested objects and lists shortened. */
function printObject(object: { [key: string]: Json }, keep: string | undefined): string {
  const lines = Object.entries(object).map(([key, value]) => {
    const text = key === keep ? JSON.stringify(value) : shortened(value);
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${lines.join(',\n')}\n}`;
}

/** The nearest object at or above the pointer, printed with the path to the value kept in full. */
function excerptAt(input: Json, pointer: string): string {
  const tokens = parsePointer(pointer);
  const chain: Json[] = [input];
  for (const token of tokens) {
    const parent = chain.at(-1);
    const next = Array.isArray(parent) ? parent[Number(token)] : isObject(parent) ? parent[token] : undefined;
    if (next === undefined) break;
    chain.push(next);
  }
  for (let depth = chain.length - 1; depth >= 0; depth--) {
    const value = chain[depth] as Json;
    if (isObject(value)) return printObject(value, depth === chain.length - 1 ? undefined : tokens[depth]);
  }
  return shortened(input);
}

/** Lines of a text input around the problem line, numbered and each cut to a readable width. */
function textExcerpt(text: string, line: number | undefined): string {
  if (text.trim() === '') return `${JSON.stringify(text)} (only spaces and line breaks)`;
  const lines = text.split('\n');
  const centre = (line ?? 1) - 1;
  const from = Math.max(0, centre - 2);
  return lines
    .slice(from, centre + 2)
    .map((content, i) => {
      const cut = content.length > 90 ? `${content.slice(0, 90)} …` : content;
      return `${String(from + i + 1).padStart(3)} | ${cut}`;
    })
    .join('\n');
}

/**
 * The failing example for a rule id, or undefined for a rule with no fault (the schema fallback, which
 * only fires on a schema problem no other finding describes). The same rule, `today` and spec version
 * give the same example. Throws when the fault does not make its rule fire: that would be a bug.
 */
export function ruleExample(
  rule: string,
  options: { today?: Date; specVersion?: string } = {},
): RuleExample | undefined {
  const entry = rulesCatalogue.find((r) => r.id === rule);
  if (!entry?.fault) return undefined;
  const today = options.today ?? new Date();
  const { specVersion } = options;
  const records = generate({ count: 4, seed: 11, today, ...(specVersion && { specVersion }) });
  const input = injectFault(records, entry.fault, { index: faultyRecord, today }) as Json;
  // A finding looked for in one mode only is shown in that mode; the rest as the validator would choose.
  const mode = entry.modes?.length === 1 ? entry.modes[0] : 'auto';
  const report = validate(input, { today, mode, ...(specVersion && { spec: specVersion }) });
  const finding = report.findings.find((f) => f.rule === rule);
  if (!finding) throw new Error(`The fault ${entry.fault} did not make rule ${rule} fire.`);
  const line = typeof finding.params.line === 'number' ? finding.params.line : undefined;
  const excerpt = typeof input === 'string' ? textExcerpt(input, line) : excerptAt(input, finding.path);
  return { rule, fault: entry.fault, input, finding, excerpt };
}
