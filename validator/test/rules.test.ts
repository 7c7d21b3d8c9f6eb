// Every rule in the catalogue: a failing example (a named fault) makes it fire, and the same generated
// records without the fault do not.
import { describe, expect, it } from 'vitest';
import { faults, generate, injectFault, ruleExample } from '../src/generate/index.ts';
import { rules, validate } from '../src/index.ts';
import { rulesCatalogue } from '../src/spec/index.ts';

const today = new Date('2026-11-26T10:00:00Z');
const records = generate({ count: 4, seed: 11, today });

describe('rules catalogue', () => {
  it('has at least 30 business rules, each implemented once and in the catalogue', () => {
    const ruleIds = rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(ruleIds.length).toBeGreaterThanOrEqual(30);
    const catalogued = rulesCatalogue.filter((e) => e.layer === 'rule').map((e) => e.id);
    expect(ruleIds.sort()).toEqual(catalogued.sort());
  });

  it('gives every finding id a fault except the schema fallback', () => {
    const without = rulesCatalogue.filter((e) => e.fault === null).map((e) => e.id);
    expect(without).toEqual(['schema.other']);
  });
});

describe.each(faults.map((f) => [f.rule, f] as const))('%s', (rule, fault) => {
  // A full snapshot for the rule that only runs there; otherwise let auto mode decide.
  const mode = fault.name === 'purge-in-full' ? 'full' : 'auto';

  it(`passes on clean generated records`, () => {
    const report = validate(records, { today, mode });
    expect(report.findings.filter((f) => f.rule === rule)).toEqual([]);
  });

  it(`fires on the "${fault.name}" fault`, () => {
    const input = injectFault(records, fault.name, { index: 1, today });
    const report = validate(input, { today, mode });
    const hits = report.findings.filter((f) => f.rule === rule);
    expect(hits.length).toBeGreaterThan(0);
    const entry = rulesCatalogue.find((e) => e.id === rule);
    for (const hit of hits) {
      expect(hit.severity).toBe(entry?.severity);
      expect(hit.message).not.toMatch(/\{\w+\}|must NOT|should match/);
      expect(hit.hint.length).toBeGreaterThan(0);
    }
  });
});

describe('ruleExample', () => {
  it.each(faults.map((f) => [f.rule] as const))('%s has a worked failing example', (rule) => {
    const example = ruleExample(rule, { today });
    expect(example?.findings.length).toBeGreaterThan(0);
    expect(example?.excerpt.length).toBeGreaterThan(0);
  });
});
