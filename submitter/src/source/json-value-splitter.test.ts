import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonReadError } from '../errors.ts';
import { JsonValueSplitter, parseValue, type ValueText } from './json-value-splitter.ts';

/** Feeds `text` in pieces cut at `cuts`, and parses every value. */
function split(
  text: string,
  cuts: number[] = [],
): { shape: string | null; values: unknown[]; at: ValueText[] } {
  const splitter = new JsonValueSplitter();
  const at: ValueText[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    at.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  at.push(...splitter.push(text.slice(from)));
  at.push(...splitter.end());
  return { shape: splitter.shape, values: at.map(parseValue), at };
}

function failure(text: string, cuts: number[] = []): JsonReadError {
  try {
    split(text, cuts);
  } catch (error) {
    if (error instanceof JsonReadError) return error;
    throw error;
  }
  throw new Error(`no error for ${text}`);
}

const whitespace = fc.stringMatching(/^[ \t\r\n]{0,3}$/);

describe('JsonValueSplitter', () => {
  it('gives back every element of any array, however the text is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.array(whitespace, { minLength: 20, maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (elements, spaces, cuts) => {
          // Whitespace between every token, including in front of and after the array.
          const space = (n: number) => spaces[n % spaces.length] as string;
          const text = `${space(0)}[${space(1)}${elements.map((e, n) => `${JSON.stringify(e, null, n % 3)}${space(n + 2)}`).join(`,${space(7)}`)}]${space(9)}`;
          const { shape, values } = split(
            text,
            cuts.map((cut) => cut % (text.length + 1)),
          );
          expect(shape).toBe('array');
          expect(values).toEqual(JSON.parse(JSON.stringify(elements)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('accepts exactly what JSON.parse accepts for text that starts with [', () => {
    const alphabet = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      ',',
      ':',
      '"',
      '\\',
      ' ',
      '\n',
      '1',
      'a',
      'n',
      'ull',
      'true',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 14 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (tokens, cuts) => {
          const text = `[${tokens.join('')}`;
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          const pieces = cuts.map((cut) => cut % (text.length + 1));
          if (parsed === undefined) expect(() => split(text, pieces)).toThrow(JsonReadError);
          else expect(split(text, pieces).values).toEqual(parsed);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('keeps brackets, commas and escaped quotes inside strings', () => {
    const text = '[{"a":"x],[\\"y\\\\"}, "\\"]", 3, true,null , [[]] ]';
    expect(split(text, [3, 9, 10, 11]).values).toEqual(JSON.parse(text));
  });

  it('gives the line and column where each value starts', () => {
    const { at } = split('[\n  {"a": 1},\n  {"b": 2}\n]');
    expect(at.map(({ line, column }) => [line, column])).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });

  it.each([
    ['[\n  {"a": 1},\n  {"a": 2},\n]', 'there is a comma before the closing ]', 4, 1],
    ['[{"a": 1},,{"a": 2}]', 'there are two commas in a row', 1, 11],
    ['[{"a": 1} {"a": 2}]', 'a comma or ] is missing before "{"', 1, 11],
    ['[{"a": 1}]\nx', 'there is more text after the end of the JSON', 2, 1],
    ['[{"a": 1},\n', 'the text ends before the JSON is complete', 2, 1],
    ['[{"a": 1', 'the text ends before the JSON is complete', 1, 9],
    ['[1, 2', 'the text ends before the JSON is complete', 1, 6],
    ['[\n  {"la_child_id": "A1",,}\n]', 'there are two commas in a row', 2, 24],
    ['[\n {"a": "x\n', 'a line break or control character inside text in quotes', 2, 10],
    ["[{'a': 1}]", 'field names must be in double quotes', 1, 3],
  ])('explains %j at its line and column', (text, problem, line, column) => {
    for (const cuts of [[], [1, 2, 3, 5, 8, 13, 21]]) {
      expect(failure(text, cuts)).toMatchObject({ problem, line, column });
    }
  });

  it('splits the values of text that does not start with [, such as NDJSON', () => {
    const { shape, values, at } = split('{"a": 1}\n{"b": [2]}\r\n"x" 4', [4]);
    expect(shape).toBe('values');
    expect(values).toEqual([{ a: 1 }, { b: [2] }, 'x', 4]);
    expect(at.map((value) => value.line)).toEqual([1, 2, 3, 3]);
  });

  it('stops at a value longer than the limit, at its start', () => {
    const splitter = new JsonValueSplitter({ maxValueLength: 10 });
    splitter.push('[\n  {"a": "');
    expect(() => splitter.push('0123456789"}]')).toThrow(
      expect.objectContaining({
        line: 2,
        column: 3,
        problem: expect.stringContaining('longer than 10 characters'),
      }),
    );
  });
});
