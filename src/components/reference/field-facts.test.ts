import { type FieldSpec, fieldsFor } from 'csc-api-validator/spec';
import { describe, expect, it } from 'vitest';
import { constraintDifferences, constraintText, limitTexts, typeText } from './field-facts';

const field = (overrides: Partial<FieldSpec>): FieldSpec => ({
  path: 'x',
  name: 'x',
  type: 'string',
  required: false,
  description: 'A field.',
  ssd: null,
  ...overrides,
});

describe('typeText and limitTexts', () => {
  it('reads types as a reader would say them', () => {
    expect(typeText(field({ type: 'date' }))).toBe('date (YYYY-MM-DD)');
    expect(typeText(field({ type: 'array', itemType: 'object' }))).toBe('list of objects');
    expect(typeText(field({ type: 'array', itemType: 'string' }))).toBe('list of text');
  });

  it('lists each limit once, with equal lengths as one', () => {
    expect(limitTexts(field({ minLength: 13, maxLength: 13 }))).toEqual(['exactly 13 characters']);
    expect(limitTexts(field({ maxLength: 20, pattern: '^[A-Za-z0-9]+$' }))).toEqual([
      'at most 20 characters',
      'matches the pattern ^[A-Za-z0-9]+$',
    ]);
    expect(
      limitTexts(field({ type: 'array', itemType: 'string', maxLength: 4, maxItems: 12, uniqueItems: true })),
    ).toEqual(['each item at most 4 characters', 'at most 12 items', 'no item listed twice']);
    expect(limitTexts(field({}))).toEqual([]);
  });
});

describe('constraintDifferences', () => {
  it('finds the 1.0.1 change to la_child_id and nothing else', () => {
    const differences = constraintDifferences(fieldsFor('1.0.0'), fieldsFor('1.0.1'));
    expect(differences.map((d) => `${d.path} ${d.key}`)).toEqual([
      'la_child_id maxLength',
      'la_child_id pattern',
    ]);
    const [length] = differences;
    expect(constraintText('maxLength', length?.from)).toBe('36 characters');
    expect(constraintText('maxLength', length?.to)).toBe('20 characters');
  });

  it('reports a field one version lacks once, as a whole', () => {
    const differences = constraintDifferences(fieldsFor('0.7.0'), fieldsFor('0.8.0'));
    const removed = differences.filter((d) => d.to === undefined).map((d) => d.path);
    expect(removed).toContain('education_health_care_plans');
    expect(new Set(removed).size).toBe(removed.length);
    expect(constraintText('type', undefined)).toBe('not in this version');
  });
});
