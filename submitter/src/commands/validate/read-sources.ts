// Reads the files (or standard input) `csc-api validate` checks, turning missing or unreadable files
// into usage errors. Runs in Node.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type CommandContext, UserError } from '../../command.ts';
import { ExitCode } from '../../exit-codes.ts';

export interface Source {
  /** The name to show: the path as given, or "standard input". */
  name: string;
  text: string;
}

/** UTF-8 by default; UTF-16 when the file starts with its byte order mark (as Windows "Unicode" saves do). */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks));
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
      throw new UserError(`there is no file called ${path}.`, ExitCode.usage);
    }
    if (info.isDirectory())
      throw new UserError(`${path} is a folder. Give a JSON or NDJSON file.`, ExitCode.usage);
    try {
      sources.push({ name: path, text: decode(await readFile(full)) });
    } catch (error) {
      throw new UserError(`${path} cannot be read: ${(error as Error).message}`, ExitCode.usage);
    }
  }
  return sources;
}
