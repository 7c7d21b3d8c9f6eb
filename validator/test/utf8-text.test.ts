// Strict UTF-8 decoding: agrees with the platform's decoder about which bytes are UTF-8, finds the exact
// byte that is not, and says how to save the file as UTF-8.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  encodingProblemMessage,
  findInvalidUtf8,
  NotUtf8Error,
  readUtf8File,
} from '../src/utf8-text.ts';

const platform = new TextDecoder('utf-8', { fatal: true });

function platformAccepts(bytes: Uint8Array): boolean {
  try {
    platform.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('findInvalidUtf8', () => {
  it('agrees with the platform decoder, and everything before the byte it names is UTF-8', () => {
    // Bytes biased towards the ranges where UTF-8 is subtle: leads, continuations and their edges.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.constantFrom(
        0xc0,
        0xc1,
        0xc2,
        0xdf,
        0xe0,
        0xed,
        0xef,
        0xf0,
        0xf4,
        0xf5,
        0xff,
        0x9f,
        0xa0,
        0x8f,
        0x90,
      ),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        const offset = findInvalidUtf8(bytes);
        expect(offset === -1).toBe(platformAccepts(bytes));
        if (offset !== -1) expect(platformAccepts(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds nothing wrong in any text encoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(findInvalidUtf8(new TextEncoder().encode(text))).toBe(-1);
      }),
    );
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF[{"first_name":"Zoë","surname":"O’Brien"}]');
    expect(decodeUtf8(bytes)).toEqual({ text: '[{"first_name":"Zoë","surname":"O’Brien"}]' });
  });

  it('names the byte, its line and offset for Windows-1252 text, and shows the character it would be', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('[\n{"surname":"O'), 0x92, 0x42]);
    const decoded = decodeUtf8(bytes);
    expect(decoded.problem).toEqual({ kind: 'byte', byte: 0x92, offset: 15, line: 2 });
    expect(encodingProblemMessage('extract.json', decoded.problem as never)).toBe(
      'extract.json is not saved as UTF-8: byte 0x92 at line 2, byte offset 15 is not UTF-8 ' +
        '(in Windows-1252, the usual Windows encoding, it is "’"). Save it as UTF-8 and try again: ' +
        'in Notepad, choose File, Save As and set Encoding to UTF-8; when you export from SSMS or Excel, ' +
        'choose UTF-8 as the encoding.',
    );
  });

  it('shows no character for a byte Windows-1252 leaves undefined', () => {
    const decoded = decodeUtf8(Uint8Array.of(0x41, 0x81));
    expect(encodingProblemMessage('a.json', decoded.problem as never)).toContain(
      'byte 0x81 at line 1, byte offset 1 is not UTF-8. Save it',
    );
  });

  it('refuses UTF-16 in either byte order with how to save it as UTF-8', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const decoded = decodeUtf8(Uint8Array.from([...bom, 0x5b, 0x00]));
      expect(decoded.problem).toEqual({ kind: 'utf16' });
      expect(encodingProblemMessage('u.json', decoded.problem as never)).toMatch(
        /^u\.json is saved as UTF-16 \(Windows calls it "Unicode"\), but the DfE API takes UTF-8\. Save it as UTF-8/,
      );
    }
  });
});

describe('readUtf8File', () => {
  it('reads a UTF-8 file, byte order mark or not', async () => {
    const bytes = new TextEncoder().encode('[{"la_child_id":"Zoë"}]');
    expect(await readUtf8File(new Blob([bytes]), 'a.json')).toBe('[{"la_child_id":"Zoë"}]');
    expect(await readUtf8File(new Blob([Uint8Array.of(0xef, 0xbb, 0xbf), bytes]), 'a.json')).toBe(
      '[{"la_child_id":"Zoë"}]',
    );
  });

  it('refuses a Windows-1252 file with the message that says where and how to fix it', async () => {
    const file = new Blob([Uint8Array.of(0x5b, 0x22, 0x5a, 0x6f, 0xeb, 0x22, 0x5d)]);
    const failure = readUtf8File(file, 'extract.json');
    await expect(failure).rejects.toBeInstanceOf(NotUtf8Error);
    await expect(failure).rejects.toThrow(
      /^extract\.json is not saved as UTF-8: byte 0xEB at line 1, byte offset 4/,
    );
  });
});
