import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSource } from './file-source.ts';

async function read(path: string) {
  const records: { record: unknown; origin: string }[] = [];
  for await (const item of new FileSource(path).records()) records.push(item);
  return records;
}

const dir = () => mkdtempSync(join(tmpdir(), 'csc-source-'));

describe('FileSource', () => {
  it('reads a JSON array, a single record and NDJSON', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'a.json'), '[{"la_child_id":"A"},{"la_child_id":"B"}]');
    writeFileSync(join(folder, 'b.json'), '{"la_child_id":"C"}');
    writeFileSync(join(folder, 'c.ndjson'), '{"la_child_id":"D"}\r\n\r\n{"la_child_id":"E"}\n');
    writeFileSync(join(folder, 'notes.txt'), 'ignored');
    const records = await read(folder);
    expect(records.map((r) => (r.record as { la_child_id: string }).la_child_id)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    expect(records.map((r) => r.origin)).toEqual([
      'a.json record 1',
      'a.json record 2',
      'b.json record 1',
      'c.ndjson line 1',
      'c.ndjson line 3',
    ]);
  });

  it('accepts NDJSON saved with a .json name', async () => {
    const file = join(dir(), 'day.json');
    writeFileSync(file, '{"la_child_id":"A"}\n{"la_child_id":"B"}\n');
    expect(await read(file)).toHaveLength(2);
  });

  it('explains the wrapper object the DfE does not accept', async () => {
    const file = join(dir(), 'wrapped.json');
    writeFileSync(file, '{"la_code":201,"Children":[{"la_child_id":"A"}]}');
    await expect(read(file)).rejects.toThrow(
      'The DfE API takes a plain JSON array of child records; give the array inside "Children"',
    );
  });

  it('names the line of a broken NDJSON record, an empty folder and a missing path', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'x.ndjson'), '{"la_child_id":"A"}\n{"la_child_id":\n');
    await expect(read(folder)).rejects.toThrow('x.ndjson line 2 is not valid JSON');
    const empty = join(dir(), 'empty');
    mkdirSync(empty);
    await expect(read(empty)).rejects.toThrow('has no .json, .ndjson or .jsonl files');
    await expect(read(join(empty, 'nope.json'))).rejects.toThrow('there is no file or folder at');
  });
});
