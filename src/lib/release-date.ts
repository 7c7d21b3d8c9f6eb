// When a csc-api version was released, for the pilot updates feed: the date of its release tag, or
// before the tag exists the date of the commit that set the version in submitter/package.json, or
// outside a git checkout that file's modification time. Runs in Node at build time.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { releaseTag } from '../../submitter/release/assets.ts';

const packageFile = 'submitter/package.json';

function git(args: string[], cwd: string): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf-8' });
  return result.error || result.status !== 0 ? '' : result.stdout.trim();
}

function parsedDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function releaseDate(version: string, root: string = process.cwd()): Date | undefined {
  const tagged = git(
    ['for-each-ref', '--format=%(creatordate:iso-strict)', `refs/tags/${releaseTag(version)}`],
    root,
  );
  // -S lists the commits that added or removed the version line; the oldest of them added it.
  const versionCommits = git(
    ['log', '--format=%cI', '-S', `"version": "${version}"`, '--', packageFile],
    root,
  );
  const set = versionCommits.split('\n').at(-1);
  try {
    return parsedDate(tagged) ?? parsedDate(set) ?? statSync(join(root, packageFile)).mtime;
  } catch {
    return undefined;
  }
}
