// The rule registry against the rule files on disk, and every finding in the catalogue against its fault:
// the fault makes it appear, and the same generated records without the fault do not.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faults, generate, injectFault } from '../src/generate/index.ts';
import { type RuleParams, rules, rulesCatalogue, validate } from '../src/index.ts';
import type { Rule } from '../src/rules/rule.ts';

const today = new Date('2026-11-26T10:00:00Z');
const records = generate({ count: 4, seed: 11, today });

const rulesFolder = new URL('../src/rules/', import.meta.url);
/** Files in the rules folder that are not rules: the registry and the contract. */
const notRules = ['index.ts', 'rule.ts'];
const ruleFiles = readdirSync(rulesFolder)
  .filter((file) => file.endsWith('.ts') && !notRules.includes(file))
  .sort();

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'kind' in value && 'fault' in value;
}

describe('the rule registry', () => {
  it('holds exactly the rules the rule files declare, each file one rule named after its id', async () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(30);
    const declared: Rule[] = [];
    for (const file of ruleFiles) {
      const module: Record<string, unknown> = await import(new URL(file, rulesFolder).href);
      const found = Object.values(module).filter(isRule);
      expect(
        found.map((rule) => `${rule.id}.ts`),
        file,
      ).toEqual([file]);
      declared.push(...found);
    }
    const byId = (a: Rule, b: Rule) => a.id.localeCompare(b.id);
    // The same objects, not copies: the registry imports each file's rule.
    expect([...rules].sort(byId)).toEqual(declared.sort(byId));
    for (const rule of declared) expect(rules).toContain(rule);
  });

  it('registers each rule once, and each fault name is used once', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = faults.map((fault) => fault.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every finding id in the catalogue a fault except the schema fallback', () => {
    const without = rulesCatalogue.filter((e) => e.fault === null).map((e) => e.id);
    expect(without).toEqual(['schema.other']);
    expect(faults.map((fault) => fault.rule)).toEqual(
      rulesCatalogue.filter((e) => e.fault !== null).map((e) => e.id),
    );
  });
});

describe.each(rulesCatalogue.filter((e) => e.fault !== null).map((e) => [e.id, e] as const))(
  '%s',
  (rule, entry) => {
    // A rule that runs in one mode only is checked in that mode; otherwise auto mode decides.
    const mode = entry.modes?.length === 1 ? (entry.modes[0] ?? 'auto') : 'auto';

    it('passes on clean generated records', () => {
      const report = validate(records, { today, mode });
      expect(report.findings.filter((f) => f.rule === rule)).toEqual([]);
    });

    it(`fires on the "${entry.fault}" fault`, () => {
      const input = injectFault(records, String(entry.fault), { index: 1, today });
      const report = validate(input, { today, mode });
      const hits = report.findings.filter((f) => f.rule === rule);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.severity).toBe(entry.severity);
        expect(hit.consequence).toBe(entry.consequence);
        expect(hit.message).not.toMatch(/\{\w+\}|must NOT|should match/);
        expect(hit.hint.length).toBeGreaterThan(0);
        // A rule's hint is its own text, so every placeholder in it must be filled too.
        if (entry.layer === 'rule') expect(hit.hint).not.toMatch(/\{\w+\}/);
      }
    });
  },
);

describe('typed params', () => {
  it('lets a caller read the params of a rule by its id', () => {
    const input = injectFault(records, 'upn-bad-check-letter', { index: 1, today });
    const hit = validate(input, { today }).findings.find((f) => f.rule === 'upn-check-letter');
    const params = hit?.params as RuleParams['upn-check-letter'];
    expect(params.value).toBe('R247962919251');
    expect(params.expected).toMatch(/^[A-HJ-NP-RT-Z]$/);
    expect(hit?.message).toContain(`it should start with ${params.expected}`);
  });
});
