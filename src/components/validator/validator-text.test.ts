import { describe, expect, it } from 'vitest';
import type { Totals } from './finding-groups.ts';
import { downloadName, formText, inputText, progressText, statusText } from './validator-text.ts';

const totals = (
  outcome: Totals['outcome'],
  errors: number,
  warnings: number,
  dataQualityErrors = 0,
): Totals => ({
  records: 4,
  children: 4,
  errors,
  warnings,
  rejectedRecords: outcome === 'not-ready' ? 1 : 0,
  rejectedChildren: outcome === 'not-ready' ? 1 : 0,
  dataQualityErrors,
  outcome,
});

describe('the validator page text', () => {
  it('says the editor limit the page applies', () => {
    expect(formText.filesHint.after).toContain('up to 5 MB opens in the editor');
  });

  it('gives each outcome its own status line, with counts in words', () => {
    expect(statusText.finished(totals('not-ready', 3, 1))).toBe(
      'Check finished: not ready to send, 3 errors and 1 warning.',
    );
    expect(statusText.finished(totals('ready-with-findings', 1, 0, 1))).toBe(
      'Check finished: ready to send, with 1 data-quality error and 0 warnings.',
    );
    expect(statusText.finished(totals('no-errors', 0, 0))).toBe('Check finished: ready to send.');
  });

  it('lists waiting files with their sizes', () => {
    const files = [new File(['x'], 'a.json'), new File([new Uint8Array(3 * 1024 * 1024)], 'b.ndjson')];
    expect(inputText.pendingFiles(files)).toBe(
      '2 files will be checked without opening in the editor: a.json (1 KB), b.ndjson (3.0 MB).',
    );
    expect(inputText.pendingFiles([])).toBe('');
  });

  it('names the file being read only when there are several', () => {
    expect(progressText.stage('schema', 0, 1)).toBe('Checking against the schema');
    expect(progressText.stage('rules', 1, 3)).toBe('Checking the business rules (file 2 of 3)');
  });

  it('dates the downloads', () => {
    expect(downloadName('csv', new Date('2026-04-01T10:00:00Z'))).toBe('csc-findings-2026-04-01.csv');
  });
});
