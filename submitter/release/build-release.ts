// `npm run release`: builds every asset of a csc-api release into a folder (release/ by default): the two
// executables, the npm tarball, the SBOM, the third-party licences and SHA256SUMS. Runs in Node, under the
// pinned Node (npm run puts it first on PATH).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { releaseAssets } from './assets.ts';
import { sha256sums } from './checksums.ts';
import { buildExecutables } from './executables.ts';
import { nodeLicence, nodePackages, pinnedNodeVersion } from './node-binaries.ts';
import { packNpmPackage } from './npm-package.ts';
import { bundledPackages, cycloneDx, thirdPartyLicences } from './sbom.ts';

const submitterDir = resolve(import.meta.dirname, '..');
const repoDir = resolve(submitterDir, '..');

export async function buildRelease(outDir: string): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(submitterDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license: string;
  };
  const assets = releaseAssets(pkg.version);
  const workDir = mkdtempSync(join(tmpdir(), 'csc-api-release-'));
  const cacheDir = join(repoDir, 'node_modules/.cache/csc-api-release');
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });

    const npmMetafile = await packNpmPackage(outDir);

    const { metafile: executableMetafile } = await buildExecutables(
      outDir,
      (platform) => (platform === 'win-x64' ? assets.windowsExecutable : assets.linuxExecutable),
      workDir,
      cacheDir,
    );

    const packages = bundledPackages([npmMetafile, executableMetafile], process.cwd(), pkg.name);
    writeFileSync(
      join(outDir, assets.sbom),
      cycloneDx({
        name: pkg.name,
        version: pkg.version,
        license: pkg.license,
        packages,
        nodePackages: nodePackages(),
      }),
    );
    writeFileSync(
      join(outDir, assets.thirdPartyLicenses),
      thirdPartyLicences(packages, { licenceFile: nodeLicence(cacheDir), version: pinnedNodeVersion }),
    );

    const summed = [
      assets.windowsExecutable,
      assets.linuxExecutable,
      assets.tarball,
      assets.sbom,
      assets.thirdPartyLicenses,
    ];
    writeFileSync(join(outDir, assets.checksums), sha256sums(outDir, summed));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const outDir = resolve(process.argv[2] ?? join(repoDir, 'release'));
  await buildRelease(outDir);
  process.stdout.write(`Release assets written to ${outDir}\n`);
}
