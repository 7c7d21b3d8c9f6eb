// `csc-api run` and `csc-api validate` with files that are not UTF-8: they stop before anything is sent
// (exit 2) with the file, line and byte and how to save it as UTF-8; UTF-8 with a byte order mark is sent
// exactly as written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'csc-api-validator/generate';
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers/harness.ts';
import { windows1252Snapshot } from './helpers/windows-1252-snapshot.ts';

const harness = useHarness();

function writeBytes(name: string, bytes: Buffer): string {
  const path = join(harness().dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('a snapshot that is not UTF-8', () => {
  it.each([[[]], [['--dry-run']]])(
    'stops the run %j before anything is sent, with exit 2, naming the file, line and byte',
    async (extra) => {
      const snapshot = windows1252Snapshot('json');
      const input = writeBytes('extract.json', snapshot.bytes);
      const { code, stderr } = await harness().cli(['run', '--input', input, ...extra]);
      expect(code).toBe(2);
      expect(stderr).toContain(
        `extract.json is not saved as UTF-8: byte 0xEB at line ${snapshot.line}, byte offset ${snapshot.offset}`,
      );
      expect(stderr).toContain('Save As');
      expect(harness().mock.requests).toHaveLength(0);
      expect(harness().mock.tokenRequests).toBe(0);
    },
  );

  it('is refused by csc-api validate with exit 2 and the same advice', async () => {
    const snapshot = windows1252Snapshot('ndjson');
    writeBytes('extract.ndjson', snapshot.bytes);
    const { code, stderr } = await harness().cli(['validate', 'extract.ndjson']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `extract.ndjson is not saved as UTF-8: byte 0xEB at line ${snapshot.line}, byte offset ${snapshot.offset}`,
    );
    expect(stderr).toContain('Save As');
  });

  it('is refused by csc-api validate when saved as UTF-16', async () => {
    const text = JSON.stringify(generate({ count: 2, seed: 16 }));
    writeBytes('unicode.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, stderr } = await harness().cli(['validate', 'unicode.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('unicode.json is saved as UTF-16');
  });
});

it('sends names from a UTF-8 file with a byte order mark exactly as written', async () => {
  const records = generate({ count: 3, seed: 8 });
  const details = (records[1] as { child_details: Record<string, unknown> }).child_details;
  details.first_name = 'Zoë';
  details.surname = 'O’Brien';
  const input = writeBytes(
    'bom.json',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(records, null, 2))]),
  );
  const { code } = await harness().cli(['run', '--input', input]);
  expect(code).toBe(0);
  const sent = harness().mock.received.find(
    (r) => r.laChildId === (records[1] as { la_child_id: string }).la_child_id,
  );
  expect(sent?.record).toMatchObject({ child_details: { first_name: 'Zoë', surname: 'O’Brien' } });
});
