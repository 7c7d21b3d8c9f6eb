import readWorkbook from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvHeader, maskText } from './findings-export.ts';
import { findingsToXlsx, sheetNames } from './findings-workbook.ts';
import { shownFinding } from './shown-finding-fixture.ts';

const findings = [
  shownFinding({
    record: 2,
    childId: 'CHILD3',
    path: '/2/child_details/postcode',
    params: { value: 'ZZ99 9ZZ' },
    message: 'The postcode ZZ99 9ZZ is not a UK postcode.',
  }),
  shownFinding({ record: 0, childId: '=HYPERLINK("x")', severity: 'warning', message: '+1 is odd.' }),
  shownFinding({ record: 0, childId: '=HYPERLINK("x")', rule: 'other-rule' }),
];

async function sheetsOf(blob: Blob) {
  const sheets = await readWorkbook(Buffer.from(await blob.arrayBuffer()));
  const rows = (name: string) => sheets.find((sheet) => sheet.sheet === name)?.data;
  return { findings: rows(sheetNames.findings), children: rows(sheetNames.children) };
}

describe('findingsToXlsx', () => {
  it('lays the findings out as the CSV does, masked, with record numbers as numbers', async () => {
    const sheets = await sheetsOf(await findingsToXlsx(findings, { showIdentifiers: false }));
    expect(sheets.findings?.[0]).toEqual(csvHeader);
    expect(sheets.findings).toHaveLength(4);
    expect(sheets.findings?.[1]?.slice(0, 3)).toEqual(['batch.json', 3, 'CHILD3']);
    expect(sheets.findings?.[1]?.[6]).toBe(`The postcode ${maskText} is not a UK postcode.`);
  });

  it('writes formula-looking text as text behind an apostrophe, as the CSV does', async () => {
    const sheets = await sheetsOf(await findingsToXlsx(findings, { showIdentifiers: false }));
    expect(sheets.findings?.[2]?.[2]).toBe(`'=HYPERLINK("x")`);
    expect(sheets.findings?.[2]?.[6]).toBe(`'+1 is odd.`);
  });

  it('keeps identifying values when the user opts in', async () => {
    const sheets = await sheetsOf(await findingsToXlsx(findings, { showIdentifiers: true }));
    expect(sheets.findings?.[1]?.[6]).toContain('ZZ99 9ZZ');
  });

  it('adds the per-child view: each child with their counts, most errors first', async () => {
    const sheets = await sheetsOf(await findingsToXlsx(findings, { showIdentifiers: false }));
    expect(sheets.children).toEqual([
      ['Child ID', 'Errors', 'Warnings'],
      [`'=HYPERLINK("x")`, 1, 1],
      ['CHILD3', 1, 0],
    ]);
  });
});
