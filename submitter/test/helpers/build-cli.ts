// Bundles the CLI with the npm package's own build, so child processes in tests run the same code as
// `csc-api`. Runs in Node under Vitest.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNpm, npmEntryFile } from '../../release/bundles.ts';

/** Writes the bundle and a tiny entry script into `dir`; returns the entry script's path. */
export async function buildCli(dir: string): Promise<string> {
  await bundleForNpm(dir);
  const entry = join(dir, 'run-csc-api.mjs');
  writeFileSync(entry, `import { start } from './${npmEntryFile}';\nawait start();\n`);
  return entry;
}
