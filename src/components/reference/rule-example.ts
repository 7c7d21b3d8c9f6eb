// A worked example for each rule in the catalogue: generated synthetic records, the rule's named fault
// put into one of them, and what the validator then says. Runs at build time (Astro) and in tests.
import { type Finding, type RuleEntry, validate } from 'csc-api-validator';
import { generate, injectFault } from 'csc-api-validator/generate';
import { currentSpecVersion } from 'csc-api-validator/spec';

/** The date the examples are made and checked on; fixed so the pages do not change from day to day. */
export const exampleDay = new Date('2026-11-26T12:00:00Z');

/** Synthetic records only: the generator's output, never real children's data. */
const records = generate({ count: 4, seed: 11, today: exampleDay, specVersion: currentSpecVersion });
/** The record the fault goes into. */
const faultyRecord = 1;

export interface RuleExample {
  finding: Finding;
  /** The part of the input the finding points at, as JSON-like text with unrelated parts shortened. */
  snippet: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The nearest object at or above the pointer, printed with the path to the value kept in full. */
function snippetAt(input: Json, pointer: string): string {
  const tokens = pointerTokens(pointer);
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

/** Lines of a text input around the problem line, each cut to a readable width. */
function textSnippet(text: string, line: number | undefined): string {
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
 * The example for a catalogue entry, or null when the entry has no fault (the schema fallback, which
 * only fires on a schema problem no other finding describes). Throws when a fault does not make its
 * rule fire: the validator's own tests guarantee it does, so that would be a bug.
 */
export function ruleExample(entry: RuleEntry): RuleExample | null {
  if (entry.fault === null) return null;
  const input = injectFault(records, entry.fault, { index: faultyRecord, today: exampleDay }) as Json;
  const mode = entry.modes?.length === 1 ? entry.modes[0] : 'auto';
  const report = validate(input, { today: exampleDay, mode, spec: currentSpecVersion });
  const finding = report.findings.find((f) => f.rule === entry.id);
  if (!finding) throw new Error(`The fault ${entry.fault} did not make rule ${entry.id} fire.`);
  const line = typeof finding.params.line === 'number' ? finding.params.line : undefined;
  const snippet = typeof input === 'string' ? textSnippet(input, line) : snippetAt(input, finding.path);
  return { finding, snippet };
}
