// ruleExample: every rule with a fault gets a worked example in which it fires, and the excerpt shows
// the failing value with unrelated parts shortened.
import { describe, expect, it } from 'vitest';
import { ruleExample } from '../src/generate/index.ts';
import { rulesCatalogue } from '../src/index.ts';

const today = new Date('2026-11-26T12:00:00Z');

describe('ruleExample', () => {
  it('makes every rule with a fault fire, and shows the value it points at', () => {
    for (const entry of rulesCatalogue) {
      const example = ruleExample(entry.id, { today });
      if (entry.fault === null) {
        expect(example, entry.id).toBeUndefined();
        continue;
      }
      expect(example?.finding.rule, entry.id).toBe(entry.id);
      expect(example?.fault, entry.id).toBe(entry.fault);
      const value = example?.finding.params.value;
      // The excerpt holds the failing value itself (some values are shown inside a list or as text).
      if (typeof value === 'string' && value !== '' && !/[\ud800-\udfff]/.test(value)) {
        expect(example?.excerpt, entry.id).toContain(value);
      }
    }
  });

  it('keeps the field that fails in full and shortens unrelated objects', () => {
    const example = ruleExample('code-set.unknown', { today });
    expect(example?.finding.path).toBe('/1/social_care_episodes/0/referral_source');
    expect(example?.excerpt).toContain('"referral_source": "ZZ"');
    expect(example?.excerpt).toContain('"care_worker_details": [ … 1 item … ]');
    expect(example?.excerpt).toContain('"child_looked_after_placements": [ … 2 items … ]');
  });

  it('shows the lines around a syntax error', () => {
    expect(ruleExample('syntax.json', { today })?.excerpt).toContain('  3 |     "la_child_id" "CBN0",');
  });

  it('has no example for an id that is not in the catalogue', () => {
    expect(ruleExample('no-such-rule', { today })).toBeUndefined();
  });
});
