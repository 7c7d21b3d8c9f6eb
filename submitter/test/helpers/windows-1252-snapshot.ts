// A snapshot saved in Windows-1252, as Notepad or an SSMS export may save it: synthetic records from the
// project's generator, one of them renamed "Zoë O’Brien". Runs in Node under Vitest and Playwright.
import { generate } from 'csc-api-validator/generate';

export interface Windows1252Snapshot {
  bytes: Buffer;
  /** The first byte that is not UTF-8 ("ë" is 0xEB in Windows-1252), its 0-based offset and 1-based line. */
  byte: number;
  offset: number;
  line: number;
}

export function windows1252Snapshot(format: 'json' | 'ndjson', count = 3): Windows1252Snapshot {
  const records = generate({ count, seed: 1252 });
  const renamed = records[1] as { child_details: Record<string, unknown> };
  renamed.child_details.first_name = 'Zoë';
  renamed.child_details.surname = 'O’Brien';
  const text =
    format === 'json'
      ? JSON.stringify(records, null, 2)
      : `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;
  // Every other character is ASCII, so one character is one byte and the offset is the text index.
  const offset = text.indexOf('ë');
  return {
    // In Windows-1252 "’" is 0x92; Latin-1 has U+0092 at that byte and "ë" where Windows-1252 has it.
    bytes: Buffer.from(text.replaceAll('’', '\u0092'), 'latin1'),
    byte: 0xeb,
    offset,
    line: text.slice(0, offset).split('\n').length,
  };
}
