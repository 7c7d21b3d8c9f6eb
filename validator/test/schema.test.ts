// Every schema constraint of every supported DfE version is enforced, with our message, at the right path.
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.ts';
import { type FieldSpec, fieldsFor, supportedSpecVersions } from '../src/spec/index.ts';
import { maximalRecord, parentOf, pointerOfField, withValue } from './maximal-record.ts';

const today = new Date('2026-11-26T10:00:00Z');

function schemaFindings(record: unknown, spec: string) {
  return validate(record, { spec, today, mode: 'delta' }).findings.filter(
    (f) => f.rule.startsWith('schema.') || f.rule.startsWith('code-set.'),
  );
}

function wrongTypeFor(f: FieldSpec): unknown {
  if (f.type === 'string' || f.type === 'date') return 12;
  if (f.type === 'boolean') return 'true';
  if (f.type === 'integer') return '12';
  if (f.type === 'array') return 'MOB';
  return ['not', 'an', 'object'];
}

describe.each(supportedSpecVersions)('spec %s', (spec) => {
  const record = maximalRecord(spec);
  const fields = fieldsFor(spec);

  it('accepts a record with every field, filled from the documented examples', () => {
    expect(schemaFindings(record, spec)).toEqual([]);
  });

  it.each(fields.map((f) => [f.path, f] as const))('%s: wrong type and null are rejected', (path, f) => {
    const typed = schemaFindings(withValue(record, path, wrongTypeFor(f)), spec);
    expect(typed).toContainEqual(
      expect.objectContaining({ rule: 'schema.type', path: pointerOfField(path) }),
    );
    const nulled = schemaFindings(withValue(record, path, null), spec);
    expect(nulled).toContainEqual(
      expect.objectContaining({ rule: 'schema.null', path: pointerOfField(path) }),
    );
  });

  it.each(fields.filter((f) => f.maxLength !== undefined).map((f) => [f.path, f] as const))(
    '%s: longer than maxLength is rejected, maxLength is accepted',
    (path, f) => {
      const limit = f.maxLength as number;
      const at = pointerOfField(path);
      const over = f.type === 'array' ? ['X'.repeat(limit + 1)] : 'X'.repeat(limit + 1);
      const findings = schemaFindings(withValue(record, path, over), spec);
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'schema.max-length', params: expect.objectContaining({ limit }) }),
      );
      expect(findings.find((x) => x.rule === 'schema.max-length')?.path.startsWith(at)).toBe(true);
      const exact = f.type === 'array' ? ['1'.repeat(limit)] : '1'.repeat(limit);
      expect(
        schemaFindings(withValue(record, path, exact), spec).filter((x) => x.rule.startsWith('schema.')),
      ).toEqual([]);
    },
  );

  it.each(fields.filter((f) => f.minLength !== undefined).map((f) => [f.path, f] as const))(
    '%s: shorter than minLength is rejected',
    (path, f) => {
      const findings = schemaFindings(withValue(record, path, 'A'.repeat((f.minLength as number) - 1)), spec);
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'schema.min-length', path: pointerOfField(path) }),
      );
    },
  );

  it.each(fields.filter((f) => f.pattern !== undefined).map((f) => [f.path, f] as const))(
    '%s: characters outside the pattern are rejected',
    (path) => {
      const findings = schemaFindings(withValue(record, path, 'AB 12'), spec);
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'schema.pattern', path: pointerOfField(path) }),
      );
    },
  );

  it.each(fields.filter((f) => f.type === 'date').map((f) => [f.path] as const))(
    '%s: a date not written as YYYY-MM-DD is rejected',
    (path) => {
      const findings = schemaFindings(withValue(record, path, '01/02/2024'), spec);
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'schema.date-format', path: pointerOfField(path) }),
      );
    },
  );

  it.each(fields.filter((f) => f.required).map((f) => [f.path] as const))('%s: is required', (path) => {
    const findings = schemaFindings(withValue(record, path, undefined), spec);
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'schema.required',
        path: pointerOfField(parentOf(path)).replace(/^\/$/, ''),
      }),
    );
  });

  it.each(fields.filter((f) => f.maxItems !== undefined).map((f) => [f.path, f] as const))(
    '%s: more than maxItems is rejected',
    (path, f) => {
      const items = Array.from({ length: (f.maxItems as number) + 1 }, (_, i) => String(i));
      const findings = schemaFindings(withValue(record, path, items), spec);
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'schema.max-items', path: pointerOfField(path) }),
      );
    },
  );

  it.each(fields.filter((f) => f.uniqueItems).map((f) => [f.path, f] as const))(
    '%s: a repeated item is rejected',
    (path, f) => {
      const example = (f.example as string[])[0];
      const findings = schemaFindings(withValue(record, path, [example, example]), spec);
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'schema.duplicate-items', path: `${pointerOfField(path)}/1` }),
      );
    },
  );

  it.each(['', ...fields.filter((f) => f.type === 'object' || f.itemType === 'object').map((f) => f.path)])(
    'object "%s": an unknown field is rejected with a suggestion',
    (path) => {
      const field = fields.find((f) => f.path === path);
      const objectPath = path === '' ? '' : `${pointerOfField(path)}${field?.type === 'array' ? '/0' : ''}`;
      const copy = structuredClone(record) as Record<string, unknown>;
      let node: unknown = copy;
      for (const s of objectPath.split('/').slice(1)) node = (node as Record<string, unknown>)[s];
      // A typo of the object's last field: the finding names the field it was probably meant to be.
      const target = node as Record<string, unknown>;
      const meant = Object.keys(target).at(-1) as string;
      target[`${meant}e`] = target[meant];
      delete target[meant];
      const findings = schemaFindings(copy, spec);
      expect(findings).toContainEqual(
        expect.objectContaining({
          rule: 'schema.unknown-field',
          path: `${objectPath}/${meant}e`,
          hint: `Did you mean ${meant}?`,
          params: expect.objectContaining({ suggestion: meant }),
        }),
      );
    },
  );
});

describe('differences between versions', () => {
  const base = maximalRecord('1.0.1');
  const rules = (record: unknown, spec: string) => schemaFindings(record, spec).map((f) => f.rule);

  it('allows _ and - and up to 36 characters in la_child_id before 1.0.1 only', () => {
    const record = withValue(base, 'la_child_id', 'LA_CHILD-0000000000000000001');
    expect(rules(record, '1.0.0')).toEqual([]);
    expect(rules(record, '1.0.1')).toEqual(['schema.max-length', 'schema.pattern']);
  });

  it('rejects an empty la_child_id from 1.0.1', () => {
    expect(rules(withValue(base, 'la_child_id', ''), '1.0.0')).toEqual([]);
    expect(rules(withValue(base, 'la_child_id', ''), '1.0.1')).toEqual(['schema.pattern']);
  });

  it('allows 3-character placement types from 1.0.0', () => {
    const path = 'social_care_episodes[].child_looked_after_placements[].placement_type';
    const record = withValue(base, path, 'Z11');
    expect(rules(record, '1.0.0')).toEqual([]);
    expect(rules(record, '0.8.1')).toEqual(['schema.max-length']);
  });

  it('allows UN10 in 0.8.1', () => {
    const record = withValue(base, 'child_details.unique_pupil_number_unknown_reason', 'UN10');
    expect(rules(record, '0.8.1')).toEqual([]);
  });

  it('rejects the 0.7.0 education, health and care plans block in supported versions', () => {
    const record = { ...base, education_health_care_plans: [] };
    expect(rules(record, '0.8.1')).toEqual(['schema.unknown-field']);
  });
});
