// The exit codes have one description (submitter/src/exit-codes.ts): the docs render it, no page
// keeps its own table, and `csc-api --help` prints the same words (see submitter/src/cli.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeMeanings } from '../../submitter/src/exit-codes.ts';
import { exitCodeRows } from './exit-codes.ts';

const root = new URL('../../', import.meta.url).pathname;

function pages(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => join(folder, file));
}

describe('the exit codes in the docs', () => {
  it('are rendered from the submitter’s own descriptions, code spans kept', () => {
    const rows = exitCodeRows();
    expect(rows.map((row) => row.code)).toEqual([0, 1, 2, 3, 4, 70]);
    const two = rows.find((row) => row.code === 2);
    expect(two?.meaning.map((part) => part.text).join('')).toBe(
      exitCodeMeanings[2].meaning.replaceAll('`', ''),
    );
    expect(two?.meaning).toContainEqual({ text: '--confirm-deletions', code: true });
  });

  it('are shown by the exit-codes component on the submitter page', () => {
    const page = readFileSync(join(root, 'content/docs/submitter/index.mdx'), 'utf8');
    expect(page).toMatch(/## Exit codes\s+<ExitCodesTable \/>/);
  });

  it('have no hand-written table anywhere else', () => {
    const tables = [...pages('content/docs'), 'submitter/README.md', 'README.md'].filter((file) =>
      /^\|\s*(Exit code|Code)\s*\|\s*Meaning/m.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(tables).toEqual([]);
  });
});
