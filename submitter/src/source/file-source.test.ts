import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windows1252Snapshot } from '../../test/helpers/windows-1252-snapshot.ts';
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

  it.each(['json', 'ndjson'] as const)(
    'refuses a Windows-1252 .%s file, naming the file, the line and the byte, and how to save it as UTF-8',
    async (format) => {
      const snapshot = windows1252Snapshot(format);
      const file = join(dir(), `la-extract.${format}`);
      writeFileSync(file, snapshot.bytes);
      const error = await read(file).then(
        () => null,
        (thrown: Error) => thrown,
      );
      expect(error?.name).toBe('SourceError');
      expect(error?.message).toContain('la-extract.');
      expect(error?.message).toContain(`byte 0xEB at line ${snapshot.line}, byte offset ${snapshot.offset}`);
      expect(error?.message).toContain('Save As');
      expect(error?.message).toContain('UTF-8');
    },
  );

  it('reads UTF-8 with a byte order mark, and names in any script exactly', async () => {
    const file = join(dir(), 'bom.json');
    const text = '[{"la_child_id":"A","first_name":"Zoë","surname":"O’Brien 李"}]';
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect((await read(file)).map((r) => r.record)).toEqual(JSON.parse(text));
  });

  it.each([
    [
      'little-endian',
      (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ],
    [
      'big-endian',
      (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ],
  ])('refuses UTF-16 (%s) with how to save the file as UTF-8', async (_order, encode) => {
    const file = join(dir(), 'unicode.json');
    writeFileSync(file, encode('[{"la_child_id":"A"}]'));
    await expect(read(file)).rejects.toThrow(/unicode\.json is saved as UTF-16.*Save As/s);
  });

  it('names a character cut short at the end of the file', async () => {
    const file = join(dir(), 'cut.ndjson');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('{"la_child_id":"A"}\n{"x":"'), Buffer.from([0xe2, 0x80])]),
    );
    await expect(read(file)).rejects.toThrow('byte 0xE2 at line 2, byte offset 26');
  });
});
