// The spec data hangs together: versions, fields, code sets, rules catalogue and changelog.
import { describe, expect, it } from 'vitest';
import { rulesCatalogue } from '../src/index.ts';
import {
  changelog,
  codeSets,
  currentSpecVersion,
  fieldNotes,
  fieldsFor,
  requestBodySchema,
  specVersionData,
  specVersions,
  supportedSpecVersions,
} from '../src/spec/index.ts';

describe('spec data', () => {
  it('lists versions newest first, with 1.0.1 current and three supported', () => {
    expect(specVersions).toEqual(['1.0.1', '1.0.0', '0.8.1', '0.8.0', '0.7.0']);
    expect(currentSpecVersion).toBe(specVersions[0]);
    expect(supportedSpecVersions).toEqual(['1.0.1', '1.0.0', '0.8.1']);
  });

  it('has a changelog entry for every version', () => {
    expect(changelog.map((c) => c.version)).toEqual(specVersions);
  });

  it('describes every field of every version, and nothing else', () => {
    const used = new Set(specVersions.flatMap((v) => fieldsFor(v).map((f) => f.path)));
    expect([...used].sort()).toEqual(Object.keys(fieldNotes).sort());
    for (const v of specVersions) {
      for (const f of fieldsFor(v)) {
        expect(f.description.length, f.path).toBeGreaterThan(10);
        if (f.codeSet) expect(codeSets[f.codeSet], f.codeSet).toBeDefined();
      }
    }
  });

  it('takes constraints from the version schema', () => {
    const id = (v: string) => fieldsFor(v).find((f) => f.path === 'la_child_id');
    expect(id('1.0.1')).toMatchObject({ required: true, maxLength: 20, pattern: '^[A-Za-z0-9]+$' });
    expect(id('1.0.0')).toMatchObject({ required: true, maxLength: 36, pattern: '^[A-Za-z0-9_-]*$' });
    const factors = fieldsFor('1.0.1').find((f) => f.path.endsWith('.factors'));
    expect(factors).toMatchObject({
      type: 'array',
      itemType: 'string',
      maxItems: 41,
      uniqueItems: true,
      maxLength: 3,
    });
    expect(fieldsFor('0.7.0').some((f) => f.path.startsWith('education_health_care_plans'))).toBe(true);
    expect(fieldsFor('0.8.0').some((f) => f.path.startsWith('education_health_care_plans'))).toBe(false);
  });

  it('forbids unknown fields and null everywhere', () => {
    for (const spec of specVersionData) {
      const walk = (node: Record<string, unknown>) => {
        if (node.type === 'object') expect(node.additionalProperties).toBe(false);
        expect(JSON.stringify(node)).not.toContain('nullable');
        for (const child of Object.values((node.properties as Record<string, Record<string, unknown>>) ?? {}))
          walk(child);
        if (node.items) walk(node.items as Record<string, unknown>);
      };
      walk(spec.record as Record<string, unknown>);
      expect(requestBodySchema(spec.version)).toMatchObject({ type: 'array', maxItems: 100 });
    }
  });

  it('gives every placement type year limit as a collection year', () => {
    for (const code of codeSets.placement_type?.codes ?? []) {
      for (const year of [code.validFrom, code.validTo])
        if (year !== undefined) expect(year).toMatch(/^\d{4}-\d{2}$/);
    }
  });

  it('has unique rule ids, and message templates that use only the params they are given', () => {
    const ids = rulesCatalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rulesCatalogue) {
      expect(r.anchor).toBe(r.id);
      expect(`${r.message} ${r.hint}`).not.toMatch(/\b(invalid|please|sorry)\b/i);
    }
  });
});

describe('what the spec data says about dates', () => {
  const field = (path: string) => fieldNotes[path as keyof typeof fieldNotes];

  it('follows the DfE on an unknown date of birth: an estimate from the age at referral, not a census habit', () => {
    const description = field('child_details.date_of_birth')?.description ?? '';
    expect(description).toMatch(/estimated age/);
    expect(description).not.toMatch(/15th/);
  });

  it('gives a Section 47 enquiry example that ends on or after its ICPC, which is on or after its start', () => {
    const example = (name: string) =>
      String(field(`social_care_episodes[].section_47_assessments[].${name}`)?.example);
    expect(example('icpc_date') >= example('start_date')).toBe(true);
    expect(example('end_date') >= example('icpc_date')).toBe(true);
  });

  it('dates 0.7.0 by its publication on 12 March 2025, and says it began inside the DfE in September 2024', () => {
    const v070 = specVersionData.find((v) => v.version === '0.7.0');
    expect(v070?.released).toBe('2025-03-12');
    expect(v070?.summary).toMatch(/6 September 2024/);
    expect(changelog.find((c) => c.version === '0.7.0')?.released).toBe('2025-03-12');
  });
});
