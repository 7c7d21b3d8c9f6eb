// Strict UTF-8 decoding of the files people give us. A file saved in another encoding (Windows-1252 from
// Notepad or an SSMS export, UTF-16 "Unicode") is refused with the exact byte and how to save it as UTF-8,
// never read with replacement characters that would then be sent to the DfE. Runs anywhere.

export type EncodingProblem =
  | { kind: 'utf16' }
  /** `offset` is 0-based from the start of the file; `line` is 1-based. */
  | { kind: 'byte'; byte: number; offset: number; line: number };

/** Throws on the first byte that is not UTF-8; strips a UTF-8 byte order mark. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type DecodedText = { text: string; problem?: undefined } | { problem: EncodingProblem };

/** True when the bytes start with a UTF-16 byte order mark (either byte order). */
export function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 character (a stray byte, a
 * character cut short, an overlong form or a surrogate), or -1 when every byte is well formed.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let following: number;
    // The allowed range of the second byte narrows for some leads (no overlongs, surrogates or > U+10FFFF).
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= following; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += following + 1;
  }
  return -1;
}

/** Decodes UTF-8 (with or without a byte order mark); any other encoding is a problem, never replaced. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if (startsWithUtf16Bom(bytes)) return { problem: { kind: 'utf16' } };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    // The platform's decoder is fast but does not say where it failed: find the byte ourselves.
    return { problem: byteProblem(bytes, findInvalidUtf8(bytes), 1) };
  }
}

/** A file that is not UTF-8; its message says where, and how to save it as UTF-8. */
export class NotUtf8Error extends Error {}

/** Reads a file (a Blob: the browser's File, or Node's) as strict UTF-8 text, or throws NotUtf8Error. */
export async function readUtf8File(file: Blob, name: string): Promise<string> {
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (decoded.problem !== undefined) throw new NotUtf8Error(encodingProblemMessage(name, decoded.problem));
  return decoded.text;
}

/** The problem for the byte at `offset` in `bytes`, which start on line `firstLine` at file offset `base`. */
export function byteProblem(bytes: Uint8Array, offset: number, firstLine: number, base = 0): EncodingProblem {
  let line = firstLine;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line += 1;
  return { kind: 'byte', byte: bytes[offset] as number, offset: base + offset, line };
}

const saveAsUtf8 =
  'Save it as UTF-8 and try again: in Notepad, choose File, Save As and set Encoding to UTF-8; ' +
  'when you export from SSMS or Excel, choose UTF-8 as the encoding.';

/** What went wrong, where, and how to fix it: the same words in the CLI and on the validator page. */
export function encodingProblemMessage(name: string, problem: EncodingProblem): string {
  if (problem.kind === 'utf16')
    return `${name} is saved as UTF-16 (Windows calls it "Unicode"), but the DfE API takes UTF-8. ${saveAsUtf8}`;
  const hex = `0x${problem.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const where = `byte ${hex} at line ${problem.line}, byte offset ${problem.offset}`;
  return `${name} is not saved as UTF-8: ${where} is not UTF-8${asWindows1252(problem.byte)}. ${saveAsUtf8}`;
}

/** Files that are not UTF-8 are most often Windows-1252: showing the character helps find it. */
function asWindows1252(byte: number): string {
  const character = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  // Bytes Windows-1252 leaves undefined decode to invisible control characters: show nothing for them.
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(character)
    ? ` (in Windows-1252, the usual Windows encoding, it is "${character}")`
    : '';
}
