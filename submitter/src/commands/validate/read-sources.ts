// Reads the files (or standard input) `csc-api validate` checks, turning missing or unreadable files
// into usage errors. Runs in Node.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeUtf8, encodingProblemMessage } from 'csc-api-validator';
import type { CommandContext } from '../../command.ts';
import { UsageError } from '../../errors.ts';

export interface Source {
  /** The name to show: the path as given, or "standard input". */
  name: string;
  text: string;
}

/** Strict UTF-8 (a byte order mark allowed): any other encoding is an input problem, never replaced. */
function decode(bytes: Buffer, name: string): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.problem !== undefined) throw new UsageError(encodingProblemMessage(name, decoded.problem));
  return decoded.text;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks), 'standard input');
}

export async function readSources(paths: readonly string[], context: CommandContext): Promise<Source[]> {
  const sources: Source[] = [];
  for (const path of paths) {
    if (path === '-') {
      sources.push({ name: 'standard input', text: await readStdin(context.stdin) });
      continue;
    }
    const full = resolve(context.cwd, path);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(full);
    } catch {
      throw new UsageError(`there is no file called ${path}.`);
    }
    if (info.isDirectory()) throw new UsageError(`${path} is a folder. Give a JSON or NDJSON file.`);
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch (error) {
      throw new UsageError(`${path} cannot be read: ${(error as Error).message}`);
    }
    sources.push({ name: path, text: decode(bytes, path) });
  }
  return sources;
}
