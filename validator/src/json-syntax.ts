// Finds where and why JSON text fails to parse, without recursion (so 100,000-deep nesting is safe)
// and with our own wording rather than the engine's. Runs anywhere.

export interface SyntaxProblem {
  /** Offset of the problem in the text (UTF-16 code units). */
  offset: number;
  problem: string;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the text ends before the JSON is complete';
  const ch = text.charAt(at);
  if (ch === "'") return 'text must be in double quotes ("), not single quotes';
  if (ch === ']' || ch === '}') return `a value is missing before ${ch} (is there a comma just before it?)`;
  if (ch === ',')
    return 'there is a comma where a value should be (a comma before a closing bracket, or two commas)';
  return `${JSON.stringify(ch)} is not expected here`;
}

/** Returns the offset just after a string starting at `i` (the opening quote), or a problem. */
function scanString(text: string, i: number): number | SyntaxProblem {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      const next = text.charAt(j + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
          return { offset: j, problem: 'a \\u escape needs 4 hexadecimal digits' };
        }
        j += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next) || next === '') {
        return { offset: j, problem: 'a backslash in text must be written as \\\\' };
      }
      j += 2;
      continue;
    }
    if (c < 0x20) return { offset: j, problem: 'a line break or control character inside text in quotes' };
    j++;
  }
  return { offset: i, problem: 'text in quotes is not closed' };
}

const numberPattern = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

/** Scans one value at `i`, returning the offset after it, or a problem. Containers use an explicit stack. */
function scanValue(text: string, start: number): number | SyntaxProblem {
  const stack: number[] = []; // 0x5b for arrays, 0x7b for objects
  let i = start;
  const skip = () => {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  };
  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    // A value.
    if (c === 0x7b || c === 0x5b) {
      stack.push(c);
      i++;
      skip();
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        stack.pop();
        i++;
      } else if (c === 0x7b) {
        const key = expectKey();
        if (typeof key !== 'number') return key;
        continue;
      } else {
        continue;
      }
    } else if (c === 0x22) {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      numberPattern.lastIndex = i;
      if (!numberPattern.test(text)) return { offset: i, problem: 'a number is not written correctly' };
      i = numberPattern.lastIndex;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else return { offset: i, problem: describe(text, i) };
    // After a value: close containers or move to the next member.
    for (;;) {
      if (stack.length === 0) return i;
      skip();
      const top = stack[stack.length - 1];
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        if (top === 0x7b) {
          skip();
          const key = expectKey();
          if (typeof key !== 'number') return key;
        }
        break;
      }
      if ((top === 0x5b && d === 0x5d) || (top === 0x7b && d === 0x7d)) {
        stack.pop();
        i++;
        continue;
      }
      if (i >= text.length) return { offset: i, problem: describe(text, i) };
      const expected = top === 0x5b ? 'a comma or ]' : 'a comma or }';
      return { offset: i, problem: `${expected} is missing before ${JSON.stringify(text.charAt(i))}` };
    }
  }
  function expectKey(): number | SyntaxProblem {
    if (text.charCodeAt(i) !== 0x22) {
      if (text.charCodeAt(i) === 0x7d) return { offset: i, problem: 'there is a comma before the closing }' };
      if (text.charCodeAt(i) === 0x2c) return { offset: i, problem: 'there are two commas in a row' };
      if (i >= text.length) return { offset: i, problem: describe(text, i) };
      return { offset: i, problem: 'field names must be in double quotes' };
    }
    const end = scanString(text, i);
    if (typeof end !== 'number') return end;
    i = end;
    skip();
    if (text.charCodeAt(i) !== 0x3a)
      return { offset: i, problem: 'a colon (:) is missing after the field name' };
    i++;
    return i;
  }
}

/** The first syntax problem in `text` read as one JSON document, or null when it is valid JSON. */
export function findSyntaxProblem(text: string): SyntaxProblem | null {
  const end = scanValue(text, 0);
  if (typeof end !== 'number') return end;
  let i = end;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  if (i < text.length) return { offset: i, problem: 'there is more text after the end of the JSON' };
  return null;
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
