// Reads a snapshot from a JSON array file, an NDJSON file, or a folder of such files. Runs in Node.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type Source, SourceError, type SourceRecord } from './source.ts';

const recordFileExtensions = new Set(['.json', '.ndjson', '.jsonl']);

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

export function readRecordFile(file: string): SourceRecord[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const name = basename(file);
  const extension = extname(file).toLowerCase();
  if (extension !== '.json') return readNdjson(text, name);
  const trimmed = text.trim();
  if (trimmed === '') throw new SourceError(`${name} is empty. Give a JSON array of child records.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    // A .json file holding one record per line is NDJSON under the wrong name: accept it.
    if (trimmed.startsWith('{') && trimmed.includes('\n')) {
      try {
        return readNdjson(text, name);
      } catch {
        // Report the JSON error below: it is the likelier intent.
      }
    }
    throw new SourceError(`${name} is not valid JSON: ${describeJsonError(error, trimmed)}`);
  }
  if (Array.isArray(parsed))
    return parsed.map((record, index) => ({ record, origin: `${name} record ${index + 1}` }));
  if (parsed !== null && typeof parsed === 'object') {
    const keys = Object.keys(parsed);
    if (keys.some((key) => key.toLowerCase() === 'children') && !keys.includes('la_child_id')) {
      throw new SourceError(
        `${name} wraps the records in an object (${keys.join(', ')}). The DfE API takes a plain JSON array of child records; give the array inside "${keys.find((k) => k.toLowerCase() === 'children')}".`,
      );
    }
    return [{ record: parsed, origin: `${name} record 1` }];
  }
  throw new SourceError(
    `${name} holds a ${typeof parsed}, not child records. Give a JSON array of child records.`,
  );
}

function readNdjson(text: string, name: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      records.push({ record: JSON.parse(line), origin: `${name} line ${index + 1}` });
    } catch (error) {
      throw new SourceError(`${name} line ${index + 1} is not valid JSON: ${describeJsonError(error, line)}`);
    }
  }
  return records;
}

/** Turns JSON.parse's message into one that names the line and column. */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')} at line ${line}, column ${column}`;
}
