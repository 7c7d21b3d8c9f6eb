import { rulesCatalogue } from 'csc-api-validator';
import { describe, expect, it } from 'vitest';
import { ruleExample } from './rule-example';

describe('ruleExample', () => {
  it('makes every rule with a fault fire, and shows the value it points at', () => {
    for (const entry of rulesCatalogue) {
      const example = ruleExample(entry);
      if (entry.fault === null) {
        expect(example, entry.id).toBeNull();
        continue;
      }
      expect(example?.finding.rule, entry.id).toBe(entry.id);
      const value = example?.finding.params.value;
      // The snippet holds the failing value itself (some values are shown inside a list or as text).
      if (typeof value === 'string' && value !== '' && !/[\ud800-\udfff]/.test(value)) {
        expect(example?.snippet, entry.id).toContain(value);
      }
    }
  });

  it('keeps the field that fails in full and shortens unrelated objects', () => {
    const entry = rulesCatalogue.find((e) => e.id === 'code-set.unknown');
    const example = entry ? ruleExample(entry) : null;
    expect(example?.finding.path).toBe('/1/social_care_episodes/0/referral_source');
    expect(example?.snippet).toContain('"referral_source": "ZZ"');
    expect(example?.snippet).toContain('"care_worker_details": [ … 1 item … ]');
    expect(example?.snippet).toContain('"child_looked_after_placements": [ … 2 items … ]');
  });

  it('shows the lines around a syntax error', () => {
    const entry = rulesCatalogue.find((e) => e.id === 'syntax.json');
    const example = entry ? ruleExample(entry) : null;
    expect(example?.snippet).toContain('  3 |     "la_child_id" "CBN0",');
  });
});
