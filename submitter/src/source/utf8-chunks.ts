// Decodes a stream of bytes as strict UTF-8, chunk by chunk, so a file of any size is never held whole.
// A byte that is not UTF-8 stops the read with the file, line, byte and offset. Runs in Node.
import { byteProblem, encodingProblemMessage, findInvalidUtf8, startsWithUtf16Bom } from 'csc-api-validator';
import { SourceError } from '../errors.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Bom = [0xef, 0xbb, 0xbf];

/**
 * How many bytes at the end of `bytes` begin a character that the next chunk completes: 0 to 3. A chunk
 * is decoded only up to there, so every decode sees whole characters and the problem byte is exact.
 */
export function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

/** Yields the text of `chunks`, read as UTF-8 (a leading byte order mark dropped); `name` is for messages. */
export async function* decodeUtf8Chunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  name: string,
): AsyncGenerator<string> {
  let offset = 0;
  let line = 1;
  let carried: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let bytes = carried.length === 0 ? chunk : Buffer.concat([carried, chunk]);
    if (offset === 0) {
      if (bytes.length < 3) {
        carried = bytes;
        continue;
      }
      if (startsWithUtf16Bom(bytes)) throw new SourceError(encodingProblemMessage(name, { kind: 'utf16' }));
      if (utf8Bom.every((byte, index) => bytes[index] === byte)) {
        bytes = bytes.subarray(3);
        offset = 3;
      }
    }
    const whole = bytes.length - incompleteTail(bytes);
    yield decodeWhole(bytes.subarray(0, whole), name, offset, line);
    line += countLineBreaks(bytes, whole);
    offset += whole;
    carried = bytes.subarray(whole);
  }
  if (carried.length > 0) {
    if (offset === 0 && startsWithUtf16Bom(carried))
      throw new SourceError(encodingProblemMessage(name, { kind: 'utf16' }));
    yield decodeWhole(carried, name, offset, line);
  }
}

function decodeWhole(bytes: Uint8Array, name: string, offset: number, line: number): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const problem = byteProblem(bytes, findInvalidUtf8(bytes), line, offset);
    throw new SourceError(encodingProblemMessage(name, problem));
  }
}

function countLineBreaks(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count += 1;
  return count;
}
