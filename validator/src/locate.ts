// Maps a finding's JSON Pointer to a 1-based line and column in the source text, by scanning the text
// rather than building a tree, so it is cheap enough to call for the findings on screen. Handles a JSON
// document and NDJSON. Runs anywhere.
import { parsePointer } from './json-pointer.ts';

export interface Location {
  line: number;
  column: number;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    j += c === 0x5c ? 2 : 1;
  }
  return j;
}

/** Offset just after the value starting at `i`; tolerant of broken text (stops at its end). */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c !== 0x5b && c !== 0x7b) {
    let j = i;
    while (j < text.length && !',]}\n\r\t '.includes(text.charAt(j))) j++;
    return j;
  }
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 0x22) {
      j = stringEnd(text, j);
      continue;
    }
    if (d === 0x5b || d === 0x7b) depth++;
    else if (d === 0x5d || d === 0x7d) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return raw;
  }
}

/** Offset of the member (its key, for objects) or item named by `segment` in the container at `i`. */
function childOffset(text: string, i: number, segment: string): { at: number; value: number } | null {
  const open = text.charCodeAt(i);
  let j = skipSpace(text, i + 1);
  if (open === 0x5b) {
    const wanted = Number(segment);
    if (!/^\d+$/.test(segment)) return null;
    for (let n = 0; j < text.length && text.charCodeAt(j) !== 0x5d; n++) {
      if (n === wanted) return { at: j, value: j };
      j = skipSpace(text, valueEnd(text, j));
      if (text.charCodeAt(j) !== 0x2c) return null;
      j = skipSpace(text, j + 1);
    }
    return null;
  }
  if (open !== 0x7b) return null;
  while (j < text.length && text.charCodeAt(j) === 0x22) {
    const keyStart = j;
    const keyEnd = stringEnd(text, j);
    j = skipSpace(text, keyEnd);
    if (text.charCodeAt(j) !== 0x3a) return null;
    const value = skipSpace(text, j + 1);
    if (keyText(text, keyStart, keyEnd) === segment) return { at: keyStart, value };
    j = skipSpace(text, valueEnd(text, value));
    if (text.charCodeAt(j) !== 0x2c) return null;
    j = skipSpace(text, j + 1);
  }
  return null;
}

/** Offsets of each non-blank line when the text holds more than one top-level value (NDJSON), else null. */
function ndjsonStarts(text: string): number[] | null {
  const first = skipSpace(text, 0);
  if (skipSpace(text, valueEnd(text, first)) >= text.length) return null;
  const starts: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    let i = lineStart;
    while (
      i < lineEnd &&
      (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0d)
    )
      i++;
    if (i < lineEnd) starts.push(i);
    lineStart = lineEnd + 1;
  }
  return starts;
}

export interface Locator {
  locate(pointer: string): Location | null;
}

/**
 * A locator for one text: it remembers line starts and top-level record offsets, so locating many
 * findings in a large file costs one pass plus the size of each record.
 */
export function createLocator(source: string): Locator {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let lineStarts: number[] | null = null;
  let topStarts: number[] | null | undefined;
  const toLocation = (offset: number): Location => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
  };
  const recordStarts = (): number[] | null => {
    if (topStarts !== undefined) return topStarts;
    const first = skipSpace(text, 0);
    const many = ndjsonStarts(text);
    if (many) topStarts = many;
    else if (text.charCodeAt(first) === 0x5b) {
      topStarts = [];
      let j = skipSpace(text, first + 1);
      while (j < text.length && text.charCodeAt(j) !== 0x5d) {
        topStarts.push(j);
        j = skipSpace(text, valueEnd(text, j));
        if (text.charCodeAt(j) !== 0x2c) break;
        j = skipSpace(text, j + 1);
      }
    } else topStarts = null;
    return topStarts;
  };
  return {
    locate(pointer: string): Location | null {
      let segments: string[];
      try {
        segments = parsePointer(pointer);
      } catch {
        return null;
      }
      let value = skipSpace(text, 0);
      if (value >= text.length) return null;
      let at = value;
      let k = 0;
      const starts = segments.length > 0 ? recordStarts() : null;
      if (starts && /^\d+$/.test(segments[0] as string)) {
        const start = starts[Number(segments[0])];
        if (start === undefined) return toLocation(at);
        at = start;
        value = start;
        k = 1;
      }
      for (; k < segments.length; k++) {
        const child = childOffset(text, value, segments[k] as string);
        if (!child) break;
        at = child.at;
        value = child.value;
      }
      return toLocation(at);
    },
  };
}

/** Line and column (1-based) of the value a JSON Pointer names, or of its nearest existing parent. */
export function locate(text: string, pointer: string): Location | null {
  return createLocator(text).locate(pointer);
}
