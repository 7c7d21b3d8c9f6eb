import { decodeUtf8, encodingProblemMessage } from 'csc-api-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Chunks, incompleteTail } from './utf8-chunks.ts';

async function decodeInPieces(bytes: Uint8Array, cuts: number[]): Promise<string> {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  pieces.push(bytes.subarray(from));
  let text = '';
  for await (const piece of decodeUtf8Chunks(pieces, 'input.json')) text += piece;
  return text;
}

describe('decodeUtf8Chunks', () => {
  it('gives back any UTF-8 text (without its byte order mark) however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (bom, text, cuts) => {
          // A leading U+FEFF is a byte order mark by definition, so it is never text.
          fc.pre(!text.startsWith('\uFEFF'));
          const bytes = new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`);
          expect(await decodeInPieces(bytes, cuts)).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('names the same byte, offset and line as decoding the whole file, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom(0x80, 0x92, 0xc3, 0xe2, 0xeb, 0xf0, 0xff),
        fc.string({ maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (before, stray, after, cuts) => {
          const encoder = new TextEncoder();
          const bytes = Uint8Array.from([...encoder.encode(before), stray, ...encoder.encode(after)]);
          const whole = decodeUtf8(bytes);
          if (whole.problem === undefined) return;
          await expect(decodeInPieces(bytes, cuts)).rejects.toThrow(
            encodingProblemMessage('input.json', whole.problem),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses UTF-16 even when the first piece holds one byte', async () => {
    await expect(decodeInPieces(Uint8Array.of(0xff, 0xfe, 0x5b, 0x00), [1])).rejects.toThrow(
      'input.json is saved as UTF-16',
    );
  });
});

describe('incompleteTail', () => {
  it.each([
    [[0x41], 0],
    [[0xc3], 1],
    [[0xc3, 0xab], 0],
    [[0xe2, 0x80], 2],
    [[0xe2, 0x80, 0x99], 0],
    [[0xf0, 0x9f, 0x98], 3],
    [[0x41, 0x80], 0],
  ])('keeps back the start of a character cut short: %j', (bytes, expected) => {
    expect(incompleteTail(Uint8Array.from(bytes))).toBe(expected);
  });
});
