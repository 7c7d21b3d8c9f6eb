// A release is dated by its tag when the tag exists, else by the commit that set the version, so the
// pilot updates feed needs no date typed by hand. Each case runs git in a throwaway repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseDate } from './release-date';

let root: string;

function git(args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const result = spawnSync('git', args, { cwd: root, env, encoding: 'utf-8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

function commitPackage(version: string, description: string, date: string) {
  writeFileSync(
    join(root, 'submitter/package.json'),
    `{\n  "name": "csc-api",\n  "version": "${version}",\n  "description": "${description}"\n}\n`,
  );
  git(['add', '.']);
  git(['commit', '-q', '-m', `${version} ${description}`], date);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'csc-api-release-date-'));
  spawnSync('mkdir', ['submitter'], { cwd: root });
  git(['init', '-q']);
  git(['config', 'user.email', 'test@example.invalid']);
  git(['config', 'user.name', 'Test']);
  commitPackage('1.0.0', 'first', '2026-01-05T09:00:00Z');
  commitPackage('1.1.0', 'second', '2026-03-10T09:00:00Z');
  commitPackage('1.1.0', 'description changed later', '2026-04-20T09:00:00Z');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('releaseDate', () => {
  it('is the date of the commit that set the version, not of later edits to the file', () => {
    expect(releaseDate('1.1.0', root)?.toISOString()).toBe('2026-03-10T09:00:00.000Z');
    expect(releaseDate('1.0.0', root)?.toISOString()).toBe('2026-01-05T09:00:00.000Z');
  });

  it('is the tag’s date once the release is tagged', () => {
    git(['tag', '-a', 'csc-api-v1.1.0', '-m', 'release'], '2026-03-12T15:30:00Z');
    expect(releaseDate('1.1.0', root)?.toISOString()).toBe('2026-03-12T15:30:00.000Z');
  });

  it('falls back to the package file’s modification time when git has no such version', () => {
    const date = releaseDate('9.9.9', root);
    expect(date).toBeInstanceOf(Date);
    expect(Math.abs((date?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });
});
