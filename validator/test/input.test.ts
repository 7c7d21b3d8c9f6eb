// How validate() reads its input: formats, modes, pointers, summary and progress.
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate/index.ts';
import { locate, validate } from '../src/index.ts';
import { suggestField } from '../src/schema-check.ts';

const today = new Date('2026-11-26T10:00:00Z');
const records = generate({ count: 3, seed: 21, today });
const clean = {
  records: 3,
  children: 3,
  errors: 0,
  warnings: 0,
  rejectedRecords: 0,
  rejectedChildren: 0,
  dataQualityErrors: 0,
  outcome: 'no-errors',
};

describe('input formats', () => {
  it('reads the wire format: an array of records', () => {
    const report = validate(JSON.stringify(records), { today });
    expect(report.format).toBe('array');
    expect(report.summary).toEqual(clean);
  });

  it('reads one record on its own, with pointers from the record', () => {
    const one = { ...records[0], purge: 'no' };
    const report = validate(JSON.stringify(one), { today });
    expect(report.format).toBe('record');
    expect(report.findings.map((f) => [f.rule, f.path, f.record])).toEqual([['schema.type', '/purge', 0]]);
  });

  it('reads NDJSON and points into the right record', () => {
    const lines = records.map((r) => JSON.stringify(r));
    lines[2] = JSON.stringify({
      ...records[2],
      child_details: { ...(records[2]?.child_details as object), sex: 'X' },
    });
    const text = `${lines.join('\r\n')}\r\n`;
    const report = validate(text, { today });
    expect(report.format).toBe('ndjson');
    expect(report.summary.records).toBe(3);
    const finding = report.findings[0];
    expect(finding).toMatchObject({ rule: 'code-set.unknown', path: '/2/child_details/sex', record: 2 });
    expect(locate(text, finding?.path ?? '')?.line).toBe(3);
  });

  it('reports an NDJSON line that cannot be read and still checks the others', () => {
    const lines = records.map((r) => JSON.stringify(r));
    lines[1] = (lines[1] as string).slice(0, -1);
    const report = validate(lines.join('\n'), { today });
    expect(report.format).toBe('ndjson');
    expect(report.findings.map((f) => [f.rule, f.record, f.params.line])).toEqual([
      ['syntax.ndjson-line', 1, 2],
    ]);
  });

  it('explains the wrapper and still checks the children inside it', () => {
    const wrapped = { la_code: 208, Children: [records[0], { ...records[1], child_details: 'none' }] };
    const report = validate(wrapped, { today });
    expect(report.format).toBe('wrapper');
    expect(report.findings[0]).toMatchObject({ rule: 'syntax.wrapper', severity: 'error', path: '' });
    expect(report.findings[0]?.message).toContain('plain JSON array');
    expect(
      report.findings.some((f) => f.path === '/Children/1/child_details' && f.rule === 'schema.type'),
    ).toBe(true);
  });

  it('explains the wrapper when Children holds one object, as D2I documents it', () => {
    const report = validate({ la_code: '208', Children: records[0] }, { today });
    expect(report.findings.map((f) => f.rule)).toEqual(['syntax.wrapper']);
  });

  it('gives line and column for JSON that cannot be read', () => {
    const text = '[\n  {\n    "la_child_id": "A1"\n    "purge": true\n  }\n]';
    const report = validate(text, { today });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'syntax.json', params: { line: 4, column: 5 } });
    expect(report.findings[0]?.message).toContain('line 4, column 5');
    expect(report.findings[0]?.message).toContain('a comma or } is missing');
  });

  it.each([
    ['', 'syntax.empty'],
    ['  \n ', 'syntax.empty'],
    ['"text"', 'syntax.not-records'],
    ['42', 'syntax.not-records'],
    ['null', 'syntax.not-records'],
    ["[{'la_child_id': 'A'}]", 'syntax.json'],
    ['[{"la_child_id": "A"},]', 'syntax.json'],
    ['[{"la_child_id": "A"}] x', 'syntax.json'],
  ])('reports %j as %s', (text, rule) => {
    const report = validate(text, { today });
    expect(report.findings.map((f) => f.rule)).toEqual([rule]);
    expect(report.summary.errors).toBe(1);
  });

  it('ignores a byte order mark', () => {
    expect(validate(`\ufeff${JSON.stringify(records)}`, { today }).summary.errors).toBe(0);
  });

  it('accepts an already-parsed value', () => {
    expect(validate(records, { today }).summary).toEqual(clean);
  });
});

describe('modes', () => {
  it('auto picks delta when there is a deletion, and a deletion alone has no findings', () => {
    const report = validate([records[0], { la_child_id: 'GONE1', purge: true }], { today });
    expect(report.mode).toBe('delta');
    expect(report.findings).toEqual([]);
  });

  it('auto picks full for complete records', () => {
    expect(validate(records, { today }).mode).toBe('full');
  });

  it('checks partial records in delta mode without asking for the missing details', () => {
    const partial = {
      la_child_id: 'P1',
      social_care_episodes: [{ social_care_episode_id: 'E1', referral_date: '2026-01-05' }],
    };
    expect(validate([partial], { today, mode: 'delta' }).findings).toEqual([]);
    const full = validate([{ ...partial, child_details: {} }], { today, mode: 'full' });
    expect(full.findings.map((f) => f.rule)).toEqual(['birth-date-present', 'upn-or-unknown-reason']);
  });

  it('warns about deletions in a full snapshot', () => {
    const report = validate([{ la_child_id: 'GONE1', purge: true }], { today, mode: 'full' });
    expect(report.findings.map((f) => f.rule)).toContain('purge-in-full-snapshot');
  });
});

describe('report', () => {
  it('counts children by la_child_id and gives each finding the record and child', () => {
    const duplicate = [records[0], records[1], records[0]];
    const report = validate(duplicate, { today });
    expect(report.summary).toMatchObject({ records: 3, children: 2, errors: 1 });
    expect(report.findings[0]).toMatchObject({
      rule: 'duplicate-child-id',
      record: 2,
      childId: records[0]?.la_child_id,
      path: '/2/la_child_id',
      params: { otherRecord: 1 },
    });
  });

  it('warns, not errors, over 100 records: the API refuses the request, but the records are fine once split', () => {
    const many = generate({ count: 101, seed: 3, today });
    const report = validate(many, { today });
    expect(report.findings.map((f) => [f.rule, f.severity, f.consequence, f.record])).toEqual([
      ['batch-over-100', 'warning', 'rejected', null],
    ]);
    expect(report.summary).toMatchObject({ rejectedRecords: 0, outcome: 'ready-with-findings' });
  });

  it('reports a record with both kinds of finding once per finding, and counts it once as rejected', () => {
    const both = structuredClone(records);
    const details = both[1]?.child_details as Record<string, unknown>;
    details.ethnicity = null;
    details.sex = 'X';
    details.postcode = 'QQ1 1QQ';
    const report = validate(both, { today });
    expect(report.findings.map((f) => [f.rule, f.consequence, f.record])).toEqual([
      ['schema.null', 'rejected', 1],
      ['code-set.unknown', 'data-quality', 1],
      ['postcode-format', 'data-quality', 1],
    ]);
    expect(report.summary).toEqual({
      ...clean,
      errors: 2,
      warnings: 1,
      rejectedRecords: 1,
      rejectedChildren: 1,
      dataQualityErrors: 1,
      outcome: 'not-ready',
    });
  });

  it('is ready to send with data-quality findings when the API would accept every record', () => {
    const dataQuality = structuredClone(records);
    (dataQuality[0]?.child_details as Record<string, unknown>).sex = 'X';
    expect(validate(dataQuality, { today }).summary).toMatchObject({
      rejectedRecords: 0,
      dataQualityErrors: 1,
      outcome: 'ready-with-findings',
    });
  });

  it('is not ready when the API cannot read the input at all', () => {
    expect(validate('[{"la_child_id": "A"},]', { today }).summary).toMatchObject({
      rejectedRecords: 0,
      outcome: 'not-ready',
    });
  });

  it('reports progress in record counts', () => {
    const many = generate({ count: 2500, seed: 3, today });
    const calls: [string, number, number][] = [];
    validate(many, { today, onProgress: (stage, done, total) => calls.push([stage, done, total]) });
    expect(calls[0]).toEqual(['parsing', 0, 0]);
    expect(calls).toContainEqual(['rules', 1000, 2500]);
    expect(calls).toContainEqual(['rules', 2000, 2500]);
    expect(calls.at(-1)).toEqual(['rules', 2500, 2500]);
  });

  it('uses the spec version asked for, and refuses one it cannot check', () => {
    expect(validate(records, { today, spec: '0.8.1' }).spec).toBe('0.8.1');
    expect(() => validate(records, { spec: '0.7.0' })).toThrow(RangeError);
    expect(() => validate(records, { spec: '9.9.9' })).toThrow(/Use one of: 1\.0\.1, 1\.0\.0, 0\.8\.1/);
  });

  it('never shows Ajv wording', () => {
    const bad = [
      { la_child_id: 5, extra: 1, child_details: { sex: 'MALE', disabilities: ['MOB', 'MOB'] } },
      {},
    ];
    for (const f of validate(bad, { today }).findings) {
      expect(f.message).not.toMatch(
        /must NOT have|must be (string|integer|boolean|object|array)|must match|must have required/,
      );
    }
  });

  it('suggests the field LAs have used by mistake', () => {
    const record = structuredClone(records[0]) as Record<string, unknown>;
    record.health_and_wellbeing = { sdq_assessments: [{ sdq_date: '2025-01-01', score: 3 }] };
    const finding = validate([record], { today }).findings[0];
    expect(finding?.hint).toBe('Did you mean date?');
  });
});

describe('suggestField', () => {
  const allowed = ['first_name', 'surname', 'date_of_birth', 'sex', 'unique_pupil_number'];
  it.each([
    ['firstname', 'first_name'],
    ['First Name', 'first_name'],
    ['SURNAME', 'surname'],
    ['dob', 'date_of_birth'],
    ['gender', 'sex'],
    ['child_date_of_birth', 'date_of_birth'],
    ['banana', undefined],
  ])('suggests %s -> %s', (unknown, expected) => {
    expect(suggestField(unknown, allowed)).toBe(expected);
  });
});

describe('message wording', () => {
  it('writes numbers over 999 with commas', () => {
    const many = generate({ count: 1001, seed: 3, today });
    expect(validate(many, { today }).findings[0]?.message).toBe(
      'The input has 1,001 records. The API takes at most 100 in one request.',
    );
  });
});

describe('code set hints', () => {
  const withEthnicity = (ethnicity: string) => [{ la_child_id: 'C1', child_details: { ethnicity } }];
  it('names the code a value was probably meant to be', () => {
    const finding = validate(withEthnicity('wbri'), { today, mode: 'delta' }).findings[0];
    expect(finding).toMatchObject({
      rule: 'code-set.unknown',
      hint: 'Did you mean WBRI? Codes are written in capitals, with no spaces.',
    });
  });

  it('lists the codes of a short code set, and points to the reference for a long one', () => {
    const short = validate(withEthnicity('XXXX'), { today, mode: 'delta' }).findings[0];
    expect(short?.hint).toMatch(/^Use one of: WBRI, WIRI, /);
    const factors = [
      {
        la_child_id: 'C1',
        social_care_episodes: [
          {
            social_care_episode_id: 'E1',
            child_and_family_assessments: [{ child_and_family_assessment_id: 'A1', factors: ['99'] }],
          },
        ],
      },
    ];
    const long = validate(factors, { today, mode: 'delta' }).findings[0];
    expect(long?.hint).toBe('Use a code from the assessment factors code set in the reference.');
  });
});
