// Lists the pages of the built site (dist/) and the base path it was built for. Runs in Node.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), process.env.OUT_DIR || 'dist');

/** The base path the site under test was built with, always with leading and trailing slashes. */
export const basePath = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function builtFiles(): string[] {
  return walk(distDir).map((file) => relative(distDir, file).split(sep).join('/'));
}

/** Site-relative paths (no base, no leading slash) of every HTML page, e.g. `overview/`. */
export function builtPages(): string[] {
  return builtFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
