// Builds the npm package's tarball: the bundle in dist/ with the licences of what it bundles (esbuild drops
// the licence comments), then `npm pack`, which gives every file a fixed date, so the same commit gives the
// same bytes. Runs in Node at build time.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleForNpm } from './bundles.ts';
import { bundledPackages, thirdPartyLicences } from './sbom.ts';

const submitterDir = join(import.meta.dirname, '..');

/** Writes `csc-api-<version>.tgz` into `outDir`; returns the bundle's metafile. */
export async function packNpmPackage(outDir: string): Promise<Metafile> {
  const distDir = join(submitterDir, 'dist');
  rmSync(distDir, { recursive: true, force: true });
  const metafile = await bundleForNpm(distDir);
  const packages = bundledPackages([metafile], process.cwd(), 'csc-api');
  writeFileSync(join(distDir, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences(packages));
  execFileSync('npm', ['pack', '--pack-destination', outDir, '--silent'], {
    cwd: submitterDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return metafile;
}
