import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageLastUpdated } from './page-last-updated';

const repo = mkdtempSync(join(tmpdir(), 'last-updated-'));
const git = (...args: string[]) => {
  const result = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf-8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_COMMITTER_DATE: '2025-06-15T10:00:00Z',
      GIT_AUTHOR_DATE: '2025-06-15T10:00:00Z',
    },
  });
  if (result.status !== 0) throw new Error(result.stderr);
};

git('init', '-q');
writeFileSync(join(repo, 'committed.md'), '# Committed\n');
writeFileSync(join(repo, 'edited.md'), '# Edited\n');
git('add', 'committed.md', 'edited.md');
git('commit', '-q', '-m', 'pages');
writeFileSync(join(repo, 'edited.md'), '# Edited again\n');
utimesSync(join(repo, 'edited.md'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
writeFileSync(join(repo, 'new.md'), '# New\n');
utimesSync(join(repo, 'new.md'), new Date('2026-02-02T00:00:00Z'), new Date('2026-02-02T00:00:00Z'));

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('pageLastUpdated', () => {
  it('uses the date of the last commit that touched the file', () => {
    expect(pageLastUpdated('committed.md', repo)?.toISOString()).toBe('2025-06-15T10:00:00.000Z');
  });
  it('uses the modification time of a file with uncommitted edits', () => {
    expect(pageLastUpdated('edited.md', repo)?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('falls back to the modification time of a file git does not know', () => {
    expect(pageLastUpdated('new.md', repo)?.toISOString()).toBe('2026-02-02T00:00:00.000Z');
  });
  it('gives nothing for a file that does not exist', () => {
    expect(pageLastUpdated('missing.md', repo)).toBeUndefined();
  });
});
