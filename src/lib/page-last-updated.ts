// When a docs page last changed: the date of the newest git commit that touched its source file,
// or the file's modification time when git has no history for it (a new, uncommitted page, or a
// copy of the site built outside a git checkout). Runs in Node at build time.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

const cache = new Map<string, Date | undefined>();

function newestCommitDate(absolutePath: string, cwd: string): Date | undefined {
  const result = spawnSync('git', ['log', '-1', '--format=%cI', '--', absolutePath], {
    cwd,
    encoding: 'utf-8',
  });
  if (result.error || result.status !== 0) return undefined;
  const text = result.stdout.trim();
  if (text === '') return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function modificationTime(absolutePath: string): Date | undefined {
  try {
    return statSync(absolutePath).mtime;
  } catch {
    return undefined;
  }
}

/**
 * The last-updated date of a page whose source is at `filePath` (relative to `root`, as Astro's
 * content loader reports it). Undefined only when the file cannot be found at all.
 */
export function pageLastUpdated(filePath: string, root: string = process.cwd()): Date | undefined {
  const absolutePath = resolve(root, filePath);
  if (cache.has(absolutePath)) return cache.get(absolutePath);
  // A file with uncommitted edits changed after its last commit: its mtime is the truer date.
  const committed = newestCommitDate(absolutePath, root);
  const modified = modificationTime(absolutePath);
  const date =
    committed && modified && hasUncommittedChanges(absolutePath, root) ? modified : (committed ?? modified);
  cache.set(absolutePath, date);
  return date;
}

function hasUncommittedChanges(absolutePath: string, cwd: string): boolean {
  const result = spawnSync('git', ['status', '--porcelain', '--', absolutePath], { cwd, encoding: 'utf-8' });
  return !result.error && result.status === 0 && result.stdout.trim() !== '';
}
