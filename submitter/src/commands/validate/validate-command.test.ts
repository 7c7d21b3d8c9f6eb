// `csc-api validate` and `csc-api generate` through the real argument parser, with files on disk and
// standard input; exit codes 0, 1 and 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli.ts';
import type { CommandContext } from '../../command.ts';

const now = new Date('2026-11-26T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'csc-api-validate-'));

function collector(): PassThrough & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new PassThrough() as PassThrough & { text: () => string };
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  return stream;
}

async function run(args: string[], stdin: string | Buffer = '') {
  const stdout = collector();
  const stderr = collector();
  const context: CommandContext = {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(stdin)]),
    env: {},
    cwd: dir,
    now: () => now,
    fetch: globalThis.fetch,
  };
  const code = await main(args, context);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, out: stdout.text(), err: stderr.text() };
}

async function generated(name: string, extra: string[] = []): Promise<string> {
  const result = await run(['generate', '--count', '12', '--seed', '3', '--out', name, ...extra]);
  expect(result.code).toBe(0);
  return readFileSync(join(dir, name), 'utf8');
}

describe('csc-api generate', () => {
  it('writes the same valid records for the same seed', async () => {
    const first = await generated('a.json');
    const second = await generated('b.json');
    expect(first).toBe(second);
    expect(JSON.parse(first)).toHaveLength(12);
  });

  it('writes NDJSON to standard output', async () => {
    const result = await run(['generate', '--count', '3', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    expect(result.out.trim().split('\n')).toHaveLength(3);
  });

  it.each([
    [['generate'], '--count'],
    [['generate', '--count', 'ten'], 'whole number'],
    [['generate', '--count', '5', '--spec', '0.7.0'], 'can be read about but not generated'],
    [['generate', '--count', '5', '--format', 'xml'], 'json or ndjson'],
  ])('refuses %j with exit code 2', async (args, words) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(words);
  });
});

describe('csc-api validate', () => {
  it('exits 0 with no problems for generated records', async () => {
    await generated('clean.json');
    const result = await run(['validate', 'clean.json']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('12 records, 12 children: 0 errors, 0 warnings.');
    expect(result.out).toContain('No problems found.');
  });

  it('exits 1 and groups findings by rule and by child in the text format', async () => {
    const result = await run(['generate', '--with-problems', '--out', 'problems.json']);
    expect(result.code).toBe(0);
    const checked = await run(['validate', 'problems.json']);
    expect(checked.code).toBe(1);
    expect(checked.out).toMatch(/The DfE API would reject \d+ records \(\d+ children\)\./);
    expect(checked.out).toMatch(
      /\d+ data-quality errors and \d+ warnings: the API accepts these records; fix them at source\./,
    );
    expect(checked.out).toMatch(/By rule:\n {2}error {4}rejected {6}\S+ +\d+ {2}\S/);
    expect(checked.out).toMatch(/ {2}error {4}data quality {2}\S+ +\d+ {2}\S/);
    expect(checked.out).toContain('By child:');
    expect(checked.out).toMatch(
      /Record 1, child \w+\n {4}Error \(rejected\): line \d+, column \d+: firstname is not a field/,
    );
    expect(checked.out).toContain('Did you mean first_name?');
  });

  it('prints the JSON report with line and column for each issue, and exits 4 for data-quality errors alone', async () => {
    writeFileSync(join(dir, 'one.json'), '[\n  {"la_child_id": "A1", "child_details": {"sex": "X"}}\n]\n');
    const result = await run(['validate', 'one.json', '--format', 'json', '--mode', 'delta']);
    expect(result.code).toBe(4);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      spec: '1.0.1',
      mode: 'delta',
      summary: {
        records: 1,
        children: 1,
        errors: 1,
        warnings: 0,
        rejectedRecords: 0,
        rejectedChildren: 0,
        dataQualityErrors: 1,
        outcome: 'ready-with-findings',
      },
    });
    expect(report.issues).toEqual([
      expect.objectContaining({
        rule: 'code-set.unknown',
        severity: 'error',
        consequence: 'data-quality',
        path: '/0/child_details/sex',
        record: 0,
        childId: 'A1',
        line: 2,
        column: 43,
        file: 'one.json',
      }),
    ]);
  });

  it('writes CSV that a spreadsheet will not run as formulas', async () => {
    writeFileSync(join(dir, 'formula.json'), '[{"la_child_id": "=SUM(1)", "purge": true}]');
    const result = await run(['validate', 'formula.json', '--format', 'csv', '--mode', 'delta']);
    expect(result.code).toBe(1);
    const lines = result.out.trim().split('\r\n');
    expect(lines[0]).toBe('file,record,child_id,severity,consequence,rule,path,line,column,message,hint');
    expect(lines[1]).toMatch(
      /^formula\.json,1,'=SUM\(1\),error,rejected,schema\.pattern,\/0\/la_child_id,1,3,/,
    );
    expect(result.out).not.toMatch(/,=SUM/);
  });

  it('reads standard input with -', async () => {
    const result = await run(['validate', '-', '--format', 'json'], '{"la_child_id": "A1", "purge": true}');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).summary).toMatchObject({
      records: 1,
      children: 1,
      errors: 0,
      outcome: 'no-errors',
    });
  });

  it('reports JSON that cannot be read with its line and column, and exits 1', async () => {
    const result = await run(['validate', '-'], '[\n  {"la_child_id": "A1",,}\n]');
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'line 2, column 24: The JSON cannot be read at line 2, column 24: there are two commas in a row.',
    );
  });

  it('checks against an older spec version when asked', async () => {
    writeFileSync(join(dir, 'old-id.json'), '[{"la_child_id": "OLD_ID-1", "purge": true}]');
    expect((await run(['validate', 'old-id.json', '--spec', '1.0.0'])).code).toBe(0);
    expect((await run(['validate', 'old-id.json'])).code).toBe(1);
  });

  it('writes the report to a file with --output', async () => {
    await generated('out-source.json');
    const result = await run(['validate', 'out-source.json', '--format', 'json', '--output', 'report.json']);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.records).toBe(12);
  });

  it.each([
    [['validate'], 'give a file'],
    [['validate', 'missing.json'], 'there is no file called missing.json'],
    [['validate', '.'], 'is a folder'],
    [['validate', 'x.json', '--spec', '2.0'], '--spec must be one of 1.0.1, 1.0.0, 0.8.1'],
    [['validate', 'x.json', '--mode', 'partial'], '--mode must be one of full, delta, auto'],
    [['validate', 'x.json', '--format', 'xml'], '--format must be one of text, json, csv'],
    [['validate', 'x.json', '--colour'], 'Unknown option'],
  ])('exits 2 for %j', async (args, words) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(words);
  });
});

describe('reading files', () => {
  it('refuses UTF-16 files saved by Windows, as csc-api run does, with how to save them as UTF-8', async () => {
    const text = '[{"la_child_id": "A1", "purge": true}]';
    writeFileSync(
      join(dir, 'utf16le.json'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const be = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(join(dir, 'utf16be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    for (const name of ['utf16le.json', 'utf16be.json']) {
      const result = await run(['validate', name]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`${name} is saved as UTF-16`);
      expect(result.err).toContain('Save As');
    }
  });

  it('refuses standard input that is not UTF-8, naming the byte', async () => {
    const result = await run(['validate', '-'], Buffer.from('[{"surname": "O\x92Brien"}]', 'latin1'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('standard input is not saved as UTF-8: byte 0x92 at line 1, byte offset 15');
  });
});
