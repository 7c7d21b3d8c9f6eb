// Several reports' figures added up, for a run that checks more than one input.
import { describe, expect, it } from 'vitest';
import { combineSummaries, type ValidationSummary } from '../src/index.ts';

const summary = (outcome: ValidationSummary['outcome'], n: number): ValidationSummary => ({
  records: n,
  children: n - 1,
  errors: 2 * n,
  warnings: 3 * n,
  rejectedRecords: 4 * n,
  rejectedChildren: 5 * n,
  dataQualityErrors: 6 * n,
  outcome,
});

describe('combineSummaries', () => {
  it('adds every count and keeps the worst outcome', () => {
    expect(
      combineSummaries([
        summary('no-errors', 1),
        summary('not-ready', 10),
        summary('ready-with-findings', 100),
      ]),
    ).toEqual({
      records: 111,
      children: 108,
      errors: 222,
      warnings: 333,
      rejectedRecords: 444,
      rejectedChildren: 555,
      dataQualityErrors: 666,
      outcome: 'not-ready',
    });
    expect(combineSummaries([summary('no-errors', 1), summary('ready-with-findings', 2)]).outcome).toBe(
      'ready-with-findings',
    );
  });

  it('gives zeros and no errors for no reports', () => {
    expect(combineSummaries([])).toEqual({
      records: 0,
      children: 0,
      errors: 0,
      warnings: 0,
      rejectedRecords: 0,
      rejectedChildren: 0,
      dataQualityErrors: 0,
      outcome: 'no-errors',
    });
  });
});
