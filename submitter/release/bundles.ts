// Bundles the csc-api CLI with esbuild, two ways: split ES modules for the npm package (each command and
// driver in its own chunk, loaded on first use) and one CommonJS file for the executables, where Node's
// single executable applications can run nothing else. Runs in Node at build time.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build, type Metafile } from 'esbuild';

const submitterDir = join(import.meta.dirname, '..');

/** The npm package's entry file, inside the output folder; bin/csc-api.js imports it. */
export const npmEntryFile = 'csc-api.js';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  // pg tries pg-native only when asked for it, inside a try; csc-api never asks.
  external: ['pg-native'],
  legalComments: 'none',
  // Shorter files load faster; names are kept, so a stack trace in a bug report still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
};

/** Writes the npm package's bundle into `outdir`; the metafile lists what went in. */
export async function bundleForNpm(outdir: string): Promise<Metafile> {
  const result = await build({
    ...common,
    entryPoints: { 'csc-api': join(submitterDir, 'src/start.ts') },
    format: 'esm',
    splitting: true,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    // The drivers are CommonJS and call require() for Node's built-in modules.
    banner: {
      js: "import { createRequire as __cscApiCreateRequire } from 'node:module'; const require = __cscApiCreateRequire(import.meta.url);",
    },
  });
  return result.metafile as Metafile;
}

/** Writes the executables' single CommonJS file; dynamic imports become code that runs on first use. */
export async function bundleForExecutable(outfile: string): Promise<Metafile> {
  const result = await build({
    ...common,
    entryPoints: [join(submitterDir, 'release/executable-main.ts')],
    format: 'cjs',
    outfile,
  });
  return result.metafile as Metafile;
}

if (import.meta.main) {
  const dist = join(submitterDir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await bundleForNpm(dist);
}
