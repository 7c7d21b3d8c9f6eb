// Reads a .env file (KEY=value lines) into a plain object. Runs in Node.
import { readFileSync } from 'node:fs';

export type DotenvFile =
  | { found: true; values: Record<string, string> }
  | { found: false; missing: true }
  | { found: false; missing: false; reason: string };

/** Reads the file; one that does not exist or cannot be read is described rather than thrown. */
export function readDotenv(path: string): DotenvFile {
  try {
    return { found: true, values: parseDotenv(readFileSync(path, 'utf8')) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { found: false, missing: true };
    return { found: false, missing: false, reason: code ?? (error as Error).message };
  }
}

export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1] as string;
    let value = (match[2] as string).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      // An unquoted value ends at a comment that follows whitespace.
      value = value.replace(/\s+#.*$/, '');
    }
    values[key] = value;
  }
  return values;
}
