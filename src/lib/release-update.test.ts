// Each csc-api release appears in the pilot updates with its version and file names, from the package
// data alone.
import { describe, expect, it } from 'vitest';
import { describeRelease } from './release';
import { releaseUpdate, releaseUpdateSlug } from './release-update';

describe('releaseUpdate', () => {
  const release = describeRelease('3.2.1', 'https://github.com/example-org/example-repo');
  const published = new Date('2026-12-01T10:00:00Z');
  const update = releaseUpdate(release, published);

  it('is a post under updates/ named after the version', () => {
    expect(releaseUpdateSlug('3.2.1')).toBe('updates/csc-api-3-2-1');
    expect(update.id).toBe('updates/csc-api-3-2-1');
    expect(update.title).toBe('csc-api 3.2.1 is released');
    expect(update.published).toBe(published);
  });

  it('names the files to download', () => {
    for (const name of [
      'csc-api-3.2.1-win-x64.exe',
      'csc-api-3.2.1-linux-x64',
      'csc-api-3.2.1.tgz',
      'SHA256SUMS',
    ]) {
      expect(update.description).toContain(name);
    }
  });
});
