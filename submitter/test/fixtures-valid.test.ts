import { validate } from 'csc-api-validator';
import { describe, expect, it } from 'vitest';
import { makeChildren } from './helpers/make-children.ts';

describe('test fixtures', () => {
  it('are valid records, so tests exercise sending rather than validation', () => {
    const report = validate(makeChildren(50), { mode: 'full', today: new Date() });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
