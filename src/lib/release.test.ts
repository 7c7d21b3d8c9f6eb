// The docs build every download address and file name from the package version, so a release is one
// version bump: these tests pin the shape of those addresses and names.
import { describe, expect, it } from 'vitest';
import submitterPackage from '../../submitter/package.json' with { type: 'json' };
import { currentRelease, describeRelease } from './release';

describe('describeRelease', () => {
  const release = describeRelease('1.4.2', 'https://github.com/example-org/example-repo/');

  it('names the tag and every asset from the version', () => {
    expect(release.tag).toBe('csc-api-v1.4.2');
    expect(release.downloads.map((download) => download.name)).toEqual([
      'csc-api-1.4.2-win-x64.exe',
      'csc-api-1.4.2-linux-x64',
      'csc-api-1.4.2.tgz',
      'SHA256SUMS',
      'csc-api-1.4.2.sbom.cdx.json',
      'THIRD-PARTY-LICENSES.txt',
    ]);
  });

  it('builds GitHub release addresses under the repository, with no doubled slash', () => {
    expect(release.pageUrl).toBe('https://github.com/example-org/example-repo/releases/tag/csc-api-v1.4.2');
    expect(release.downloadUrl(release.assets.windowsExecutable)).toBe(
      'https://github.com/example-org/example-repo/releases/download/csc-api-v1.4.2/csc-api-1.4.2-win-x64.exe',
    );
    for (const download of release.downloads) {
      expect(download.url).toBe(release.downloadUrl(download.name));
      expect(download.description).not.toBe('');
    }
  });
});

describe('currentRelease', () => {
  it('is the version in submitter/package.json', () => {
    expect(currentRelease.version).toBe(submitterPackage.version);
    expect(currentRelease.assets.tarball).toBe(`csc-api-${submitterPackage.version}.tgz`);
  });
});
