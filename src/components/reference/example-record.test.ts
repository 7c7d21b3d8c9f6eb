// The payload structure page says its example record passes every check the validator makes.
import { validate } from 'csc-api-validator';
import { currentSpecVersion } from 'csc-api-validator/spec';
import { describe, expect, it } from 'vitest';
import { exampleDay } from './example-day';
import { exampleRecord } from './example-record';

describe('the example record on /reference/payload-structure', () => {
  it('passes every check, in full and in delta mode', () => {
    for (const mode of ['full', 'delta'] as const) {
      const report = validate([exampleRecord], { today: exampleDay, mode, spec: currentSpecVersion });
      expect(report.findings.map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
    }
  });
});
