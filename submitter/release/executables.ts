// Builds the single-file executables with Node's single executable applications: the CLI bundled as one
// CommonJS file, turned into a blob by the pinned Node, injected with postject into a copy of the pinned
// Node binary for each platform. Runs in Node at build time, under the pinned Node.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleForExecutable } from './bundles.ts';
import { nodeBinary, type Platform, pinnedNodeVersion, platforms } from './node-binaries.ts';
import { withoutSignature } from './pe-signature.ts';

interface Postject {
  inject(file: string, resourceName: string, data: Buffer, options: { sentinelFuse: string }): Promise<void>;
}
const postject = createRequire(import.meta.url)('postject') as Postject;

/** The string Node looks for to know it carries an application; postject flips its last character to 1. */
export const seaFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
/** The resource (PE) or note (ELF) name Node reads the application blob from. */
export const seaResourceName = 'NODE_SEA_BLOB';

/**
 * One blob serves both platforms. V8's code cache would start the Linux executable about 70 ms sooner, but
 * its bytes differ from build to build; without it both executables are byte-reproducible.
 */
function seaBlob(bundle: string, blob: string, workDir: string): void {
  const config = join(workDir, 'sea-config.json');
  writeFileSync(
    config,
    // Relative paths: the blob records the main script's path, and a temporary folder's name would make
    // every build's bytes different.
    JSON.stringify({
      main: relative(workDir, bundle),
      output: relative(workDir, blob),
      disableExperimentalSEAWarning: true,
      useSnapshot: false,
      useCodeCache: false,
    }),
  );
  execFileSync(process.execPath, ['--experimental-sea-config', config], { cwd: workDir, stdio: 'ignore' });
}

export interface BuiltExecutables {
  files: Record<Platform, string>;
  metafile: Metafile;
}

/**
 * Writes one executable per platform into `outDir`, named by `fileName`. `workDir` holds the bundle and
 * the blob; `cacheDir` keeps the downloaded Node packages between builds.
 */
export async function buildExecutables(
  outDir: string,
  fileName: (platform: Platform) => string,
  workDir: string,
  cacheDir: string,
): Promise<BuiltExecutables> {
  if (process.versions.node !== pinnedNodeVersion) {
    throw new Error(
      `The executables must be built by Node ${pinnedNodeVersion}, the Node inside them; this is ${process.versions.node}. ` +
        'Run the build with `npx node` or through `npm run release`.',
    );
  }
  const bundle = join(workDir, 'csc-api-executable.cjs');
  const metafile = await bundleForExecutable(bundle);
  const blob = join(workDir, 'csc-api.blob');
  seaBlob(bundle, blob, workDir);
  const files = {} as Record<Platform, string>;
  for (const platform of platforms) {
    const file = join(outDir, fileName(platform));
    const node = nodeBinary(platform, cacheDir);
    if (platform === 'win-x64') writeFileSync(file, withoutSignature(readFileSync(node)));
    else copyFileSync(node, file);
    chmodSync(file, 0o755);
    await postject.inject(file, seaResourceName, readFileSync(blob), { sentinelFuse: seaFuse });
    files[platform] = file;
  }
  return { files, metafile };
}
