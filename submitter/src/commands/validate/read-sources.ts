// Reads the files (or standard input) `csc-api validate` checks, turning missing or unreadable files
// into usage errors. Runs in Node.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeUtf8, encodingProblemMessage } from 'csc-api-validator';
import { type CommandContext, UserError } from '../../command.ts';
import { ExitCode } from '../../exit-codes.ts';

export interface Source {
  /** The name to show: the path as given, or "standard input". */
  name: string;
  text: string;
}

/** Strict UTF-8 (a byte order mark allowed): any other encoding is an input problem, never replaced. */
function decode(bytes: Buffer, name: string): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.problem !== undefined)
    throw new UserError(encodingProblemMessage(name, decoded.problem), ExitCode.usage);
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
      throw new UserError(`there is no file called ${path}.`, ExitCode.usage);
    }
    if (info.isDirectory())
      throw new UserError(`${path} is a folder. Give a JSON or NDJSON file.`, ExitCode.usage);
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch (error) {
      throw new UserError(`${path} cannot be read: ${(error as Error).message}`, ExitCode.usage);
    }
    sources.push({ name: path, text: decode(bytes, path) });
  }
  return sources;
}
