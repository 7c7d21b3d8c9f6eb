// Bundles the CLI as the real build does, so child processes in tests run the same code as `csc-api`.
// Runs in Node under Vitest.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Writes the bundle and a tiny entry script into `dir`; returns the entry script's path. */
export async function buildCli(dir: string): Promise<string> {
  const bundle = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: bundle,
    external: ['pg-native'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  const entry = join(dir, 'csc-api.mjs');
  writeFileSync(
    entry,
    "import { main } from './cli.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  return entry;
}
