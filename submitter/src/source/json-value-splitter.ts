// Splits JSON text, fed in pieces, into its top-level values: the elements of a top-level array, or the
// values of a file that does not start with [ (one record, or NDJSON saved as .json). Each value's text is
// handed to JSON.parse on its own, so a snapshot of any size is read one record at a time. The splitter
// tracks only strings, escapes and bracket depth; JSON.parse checks each value. Runs anywhere.
import { findSyntaxProblem, lineAndColumn } from 'csc-api-validator';
import { JsonReadError } from '../errors.ts';

/** One top-level value's text and where it starts (1-based line and column). */
export interface ValueText {
  text: string;
  line: number;
  column: number;
}

// Where the splitter is between values. Plain numbers: the hot loop compares them for every character.
const State = {
  Start: 0,
  ArrayOpened: 1,
  InValue: 2,
  AfterElement: 3,
  AfterComma: 4,
  AfterValue: 5,
  ArrayClosed: 6,
} as const;

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const newline = 0x0a;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;

const plainInString = /[^"\\\n]*/y;
const plainInContainer = /[^"{}[\]\n]*/y;
/** Blanks other than line breaks, which are counted one by one. */
const blanks = /[ \t\r]*/y;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === newline || c === 0x0d || c === 0x09;
}

/** A bare value (number, true, false, null, or a stray character) ends at whitespace or punctuation. */
function endsBareValue(c: number): boolean {
  return (
    isWhitespace(c) ||
    c === comma ||
    c === quote ||
    c === openBrace ||
    c === closeBrace ||
    c === openBracket ||
    c === closeBracket
  );
}

/** No child record comes near this length (in UTF-16 code units), and V8 strings stop at about twice it. */
export const maxValueLength = 2 ** 28;

export interface SplitterOptions {
  /** A value longer than this stops the read; `maxValueLength` unless a test needs less. */
  maxValueLength?: number;
}

export class JsonValueSplitter {
  /** `array` when the text starts with [, `values` when it starts with anything else, null until then. */
  shape: 'array' | 'values' | null = null;
  readonly #maxValueLength: number;
  #state: number = State.Start;
  // Inside a value.
  #depth = 0;
  #inString = false;
  #escaped = false;
  #bare = false;
  #parts: string[] = [];
  #partsLength = 0;
  #valueLine = 0;
  #valueColumn = 0;
  // Position of the next character: the characters before this piece, the line, where the line started.
  #before = 0;
  #line = 1;
  #lineStart = 0;

  constructor(options: SplitterOptions = {}) {
    this.#maxValueLength = options.maxValueLength ?? maxValueLength;
  }

  /** Reads the next piece of text; returns the values it completed. */
  push(text: string): ValueText[] {
    const values: ValueText[] = [];
    let valueStart = this.#state === State.InValue ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (this.#state === State.InValue) {
        // Runs of characters that change nothing are skipped in one step: most of a record is plain text.
        if (!this.#escaped && !this.#bare) {
          const plain = this.#inString ? plainInString : plainInContainer;
          plain.lastIndex = i;
          plain.test(text);
          i = plain.lastIndex;
          if (i === text.length) break;
          c = text.charCodeAt(i);
        }
        if (this.#inString) {
          if (this.#escaped) this.#escaped = false;
          else if (c === backslash) this.#escaped = true;
          else if (c === quote) {
            this.#inString = false;
            if (this.#depth === 0) {
              values.push(this.#endValue(text, valueStart, i + 1));
              continue;
            }
          }
        } else if (this.#bare) {
          if (endsBareValue(c)) {
            values.push(this.#endValue(text, valueStart, i));
            i -= 1; // The character that ended the value is read again, after it.
            continue;
          }
        } else if (c === quote) this.#inString = true;
        else if (c === openBrace || c === openBracket) this.#depth += 1;
        else if (c === closeBrace || c === closeBracket) {
          this.#depth -= 1;
          if (this.#depth === 0) {
            values.push(this.#endValue(text, valueStart, i + 1));
            continue;
          }
        }
        if (c === newline) this.#newLine(i);
        continue;
      }
      if (c === newline) this.#newLine(i);
      if (isWhitespace(c)) {
        blanks.lastIndex = i + 1;
        blanks.test(text);
        i = blanks.lastIndex - 1;
        continue;
      }
      switch (this.#state) {
        case State.Start:
          if (c === openBracket) {
            this.shape = 'array';
            this.#state = State.ArrayOpened;
            continue;
          }
          this.shape = 'values';
          break;
        case State.ArrayOpened:
          if (c === closeBracket) {
            this.#state = State.ArrayClosed;
            continue;
          }
          if (c === comma) this.#fail('there is a comma where a value should be', i);
          break;
        case State.AfterComma:
          if (c === closeBracket) this.#fail('there is a comma before the closing ]', i);
          if (c === comma) this.#fail('there are two commas in a row', i);
          break;
        case State.AfterElement:
          if (c === comma) {
            this.#state = State.AfterComma;
            continue;
          }
          if (c === closeBracket) {
            this.#state = State.ArrayClosed;
            continue;
          }
          this.#fail(`a comma or ] is missing before ${JSON.stringify(text.charAt(i))}`, i);
          break;
        case State.ArrayClosed:
          this.#fail('there is more text after the end of the JSON', i);
          break;
        case State.AfterValue:
          break;
      }
      valueStart = i;
      this.#beginValue(c, i);
    }
    if (this.#state === State.InValue) this.#keep(text.slice(valueStart));
    this.#before += text.length;
    return values;
  }

  /** Ends the text; returns the last value, if the text ended in one. Throws when the array is not closed. */
  end(): ValueText[] {
    if (this.#state === State.InValue) {
      const value = this.#takeValue('');
      if (this.shape === 'values') return [value];
      const problem = findSyntaxProblem(value.text);
      if (problem !== null) throw positioned(value, problem.offset, problem.problem);
    }
    // Every character has been read: position 0 of "the next piece" is the end of the text.
    if (this.shape === 'array' && this.#state !== State.ArrayClosed)
      this.#fail('the text ends before the JSON is complete', 0);
    return [];
  }

  #beginValue(c: number, i: number): void {
    this.#state = State.InValue;
    this.#valueLine = this.#line;
    this.#valueColumn = this.#before + i - this.#lineStart + 1;
    this.#depth = c === openBrace || c === openBracket ? 1 : 0;
    this.#inString = c === quote;
    this.#escaped = false;
    this.#bare = this.#depth === 0 && !this.#inString;
  }

  #endValue(text: string, start: number, end: number): ValueText {
    const value = this.#takeValue(text.slice(start, end));
    this.#state = this.shape === 'array' ? State.AfterElement : State.AfterValue;
    return value;
  }

  #takeValue(last: string): ValueText {
    this.#keep(last);
    const text = this.#parts.length === 1 ? (this.#parts[0] as string) : this.#parts.join('');
    this.#parts = [];
    this.#partsLength = 0;
    return { text, line: this.#valueLine, column: this.#valueColumn };
  }

  #keep(part: string): void {
    this.#partsLength += part.length;
    if (this.#partsLength > this.#maxValueLength) {
      throw new JsonReadError(
        `the value that starts here is longer than ${this.#maxValueLength.toLocaleString('en-GB')} characters. ` +
          'A child record is a few kilobytes: give a JSON array of child records, not one large value',
        this.#valueLine,
        this.#valueColumn,
      );
    }
    if (part !== '') this.#parts.push(part);
  }

  #newLine(i: number): void {
    this.#line += 1;
    this.#lineStart = this.#before + i + 1;
  }

  #fail(problem: string, i: number): never {
    throw new JsonReadError(problem, this.#line, this.#before + i - this.#lineStart + 1);
  }
}

/** Parses one value's text; a syntax problem is reported at its line and column in the whole text. */
export function parseValue(value: ValueText): unknown {
  try {
    return JSON.parse(value.text);
  } catch {
    const problem = findSyntaxProblem(value.text) ?? {
      offset: 0,
      problem: 'the JSON is nested too deeply to read',
    };
    throw positioned(value, problem.offset, problem.problem);
  }
}

function positioned(value: ValueText, offset: number, problem: string): JsonReadError {
  const at = lineAndColumn(value.text, offset);
  return at.line === 1
    ? new JsonReadError(problem, value.line, value.column + at.column - 1)
    : new JsonReadError(problem, value.line + at.line - 1, at.column);
}
