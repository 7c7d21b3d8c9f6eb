import { describe, expect, it } from 'vitest';
import { csvHeader, findingsToCsv, findingsToJson, maskFinding, maskText } from './findings-export.ts';
import { shownFinding as finding } from './shown-finding-fixture.ts';

/** Splits CSV text into rows of cells, honouring quotes (enough for these tests). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

describe('maskFinding', () => {
  it('hides the value of a finding about an identifying field, in params and message', () => {
    const masked = maskFinding(
      finding({
        path: '/3/child_details/date_of_birth',
        params: { value: '2031-02-30' },
        message: 'The date of birth 2031-02-30 is not a real date.',
      }),
    );
    expect(masked.params).toEqual({ value: maskText });
    expect(masked.message).toBe(`The date of birth ${maskText} is not a real date.`);
  });

  it('hides params named after identifying fields wherever the finding points', () => {
    const masked = maskFinding(
      finding({
        path: '/1/child_details',
        params: { unique_pupil_number: 'A123456789012', field: 'child_details' },
        message: 'UPN A123456789012 is used by another child.',
      }),
    );
    expect(masked.params).toEqual({ unique_pupil_number: maskText, field: 'child_details' });
    expect(masked.message).not.toContain('A123456789012');
  });

  it('leaves findings about other fields as they are', () => {
    const original = finding({
      params: { value: 'X', allowed: ['M', 'F', 'U'] },
      message: 'Sex code X is not one of M, F, U.',
    });
    expect(maskFinding(original)).toEqual(original);
  });
});

describe('findingsToCsv', () => {
  const findings = [
    finding({
      path: '/0/child_details/postcode',
      params: { value: 'ZZ99 9ZZ' },
      message: 'The postcode ZZ99 9ZZ is not a UK postcode, "as written".',
    }),
    finding({
      record: null,
      childId: null,
      path: '',
      rule: 'syntax',
      message: 'Line 3: =SUM(A1) unexpected',
    }),
  ];

  it('starts with a byte order mark and has one row per finding after the header', () => {
    const csv = findingsToCsv(findings, { showIdentifiers: false });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(csvHeader);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[1]).toBe('1');
    expect(rows[1]?.[4]).toBe('data-quality');
    expect(rows[1]?.[6]).toBe(`The postcode ${maskText} is not a UK postcode, "as written".`);
    expect(rows[2]?.[8]).toBe('/');
  });

  it('keeps identifying values when the user opts in', () => {
    const rows = parseCsv(findingsToCsv(findings, { showIdentifiers: true }).slice(1));
    expect(rows[1]?.[6]).toContain('ZZ99 9ZZ');
  });

  it('stops Excel reading a cell as a formula', () => {
    const rows = parseCsv(
      findingsToCsv([finding({ childId: '=HYPERLINK("x")' })], { showIdentifiers: false }).slice(1),
    );
    expect(rows[1]?.[2]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('findingsToJson', () => {
  it('records whether identifiers were hidden and names each finding’s file', () => {
    const json = JSON.parse(
      findingsToJson(
        [
          finding({
            path: '/0/child_details/surname',
            params: { value: 'Smith' },
            message: 'Smith is too long.',
          }),
        ],
        {
          spec: '1.0.1',
          mode: 'full',
          totals: {
            records: 1,
            children: 1,
            errors: 1,
            warnings: 0,
            rejectedRecords: 0,
            rejectedChildren: 0,
            dataQualityErrors: 1,
            outcome: 'ready-with-findings',
          },
          files: [],
        },
        { showIdentifiers: false },
      ),
    );
    expect(json.identifiersHidden).toBe(true);
    expect(json.findings[0].file).toBe('batch.json');
    expect(json.findings[0].message).toBe(`${maskText} is too long.`);
    expect(json.findings[0]).not.toHaveProperty('source');
  });
});
