// Reads a snapshot from a JSON array file, an NDJSON file, or a folder of such files. Files are read as
// streams of strict UTF-8, one record at a time, so their size is not limited by memory. Runs in Node.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { findSyntaxProblem } from 'csc-api-validator';
import { JsonReadError, SourceError } from '../errors.ts';
import { JsonValueSplitter, maxValueLength, parseValue, type ValueText } from './json-value-splitter.ts';
import type { Source, SourceRecord } from './source.ts';
import { decodeUtf8Chunks } from './utf8-chunks.ts';

const recordFileExtensions = new Set(['.json', '.ndjson', '.jsonl']);
/**
 * Node's usual read size: as fast as larger reads here, and a chunk is let go before the garbage collector
 * moves it to the old generation, which 1 MB chunks were not (they added about 45 MB to a run's peak RSS).
 */
const chunkBytes = 64 * 1024;

export class FileSource implements Source {
  readonly description: string;
  readonly #path: string;

  constructor(path: string) {
    this.#path = path;
    this.description = `file ${path}`;
  }

  async *records(): AsyncIterable<SourceRecord> {
    for (const file of this.#files()) yield* readRecordFile(file);
  }

  async close(): Promise<void> {}

  #files(): string[] {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(this.#path);
    } catch {
      throw new SourceError(`there is no file or folder at ${this.#path}. Check the --input path.`);
    }
    if (!stats.isDirectory()) return [this.#path];
    const files = readdirSync(this.#path)
      .filter((name) => recordFileExtensions.has(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(this.#path, name));
    if (files.length === 0) {
      throw new SourceError(`the folder ${this.#path} has no .json, .ndjson or .jsonl files in it.`);
    }
    return files;
  }
}

export async function* readRecordFile(file: string): AsyncGenerator<SourceRecord> {
  const name = basename(file);
  const text = decodeUtf8Chunks(readBytes(file, name), name);
  if (extname(file).toLowerCase() === '.json') yield* readJson(text, name);
  else yield* readNdjson(text, name);
}

async function* readBytes(file: string, name: string): AsyncGenerator<Uint8Array> {
  try {
    yield* createReadStream(file, { highWaterMark: chunkBytes });
  } catch (error) {
    throw new SourceError(`${name} cannot be read: ${(error as Error).message}`);
  }
}

/** A JSON array, streamed element by element; or one record; or NDJSON saved with a .json name. */
async function* readJson(text: AsyncIterable<string>, name: string): AsyncGenerator<SourceRecord> {
  const splitter = new JsonValueSplitter();
  // Outside an array, the first value is held until the next one shows whether it is alone.
  let first: ValueText | null = null;
  let count = 0;
  const values = async function* () {
    for await (const piece of text) yield* splitter.push(piece);
    yield* splitter.end();
  };
  try {
    for await (const value of values()) {
      count += 1;
      if (splitter.shape === 'array') {
        yield { record: parseValue(value), origin: `${name} record ${count}` };
        continue;
      }
      // More than one value: NDJSON under the wrong name. Accept it, naming records by line.
      if (first !== null) {
        yield { record: parseValue(first), origin: `${name} line ${first.line}` };
        first = null;
      }
      if (count === 1) first = value;
      else yield { record: parseValue(value), origin: `${name} line ${value.line}` };
    }
  } catch (error) {
    if (error instanceof JsonReadError) throw new SourceError(`${name} is not valid JSON: ${error.message}.`);
    throw error;
  }
  if (count === 0) throw new SourceError(`${name} is empty. Give a JSON array of child records.`);
  if (first !== null) yield { record: oneRecord(first, name), origin: `${name} record 1` };
}

function oneRecord(value: ValueText, name: string): unknown {
  let parsed: unknown;
  try {
    parsed = parseValue(value);
  } catch (error) {
    throw new SourceError(`${name} is not valid JSON: ${(error as Error).message}.`);
  }
  if (parsed !== null && typeof parsed === 'object') {
    const keys = Object.keys(parsed);
    if (keys.some((key) => key.toLowerCase() === 'children') && !keys.includes('la_child_id')) {
      throw new SourceError(
        `${name} wraps the records in an object (${keys.join(', ')}). The DfE API takes a plain JSON array of child records; give the array inside "${keys.find((k) => k.toLowerCase() === 'children')}".`,
      );
    }
    return parsed;
  }
  throw new SourceError(
    `${name} holds a ${typeof parsed}, not child records. Give a JSON array of child records.`,
  );
}

/** One record per line; blank lines are skipped. */
async function* readNdjson(text: AsyncIterable<string>, name: string): AsyncGenerator<SourceRecord> {
  // The line being read, in pieces: joining only at its end keeps a very long line linear.
  let pieces: string[] = [];
  let pendingLength = 0;
  let line = 0;
  const endLine = (): SourceRecord | null => {
    const content = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
    pieces = [];
    pendingLength = 0;
    line += 1;
    if (content.trim() === '') return null;
    try {
      return { record: JSON.parse(content), origin: `${name} line ${line}` };
    } catch {
      const problem = findSyntaxProblem(content) ?? {
        offset: 0,
        problem: 'the JSON is nested too deeply to read',
      };
      throw new SourceError(
        `${name} line ${line} is not valid JSON: ${problem.problem} at line ${line}, column ${problem.offset + 1}.`,
      );
    }
  };
  for await (const piece of text) {
    let start = 0;
    for (let end = piece.indexOf('\n'); end !== -1; end = piece.indexOf('\n', start)) {
      pieces.push(piece.slice(start, end));
      start = end + 1;
      const record = endLine();
      if (record !== null) yield record;
    }
    pieces.push(piece.slice(start));
    pendingLength += piece.length - start;
    if (pendingLength > maxValueLength) {
      throw new SourceError(
        `${name} line ${line + 1} is longer than ${maxValueLength.toLocaleString('en-GB')} characters. NDJSON has one child record per line, and a record is a few kilobytes.`,
      );
    }
  }
  const last = endLine();
  if (last !== null) yield last;
}
