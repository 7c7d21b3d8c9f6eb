// The package's entry points: the browser imports `.` for validate() and `./spec` for the spec data,
// and only a page that asks for `./generate` carries the sample generator.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The validator's source files a bundle of `import * from specifier` contains. */
async function bundledFiles(specifier: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((file) => file.includes('validator/src/'));
}

describe('csc-api-validator entry points', () => {
  it('include ".", "./generate" and "./spec"', () => {
    expect(Object.keys(packageJson.exports)).toEqual(expect.arrayContaining(['.', './generate', './spec']));
  });

  it.each(['csc-api-validator', 'csc-api-validator/spec'])(
    '%s carries no generator code',
    async (specifier) => {
      const files = await bundledFiles(specifier);
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((file) => file.includes('validator/src/generate/'))).toEqual([]);
    },
  );

  it('./spec carries no validation code', async () => {
    const files = await bundledFiles('csc-api-validator/spec');
    expect(files.filter((file) => /validator\/src\/(rules|generated)\//.test(file))).toEqual([]);
  });

  it('./summarise carries only the summary figures, for a page that adds up reports', async () => {
    const files = await bundledFiles('csc-api-validator/summarise');
    expect(files.sort()).toEqual(['validator/src/record-access.ts', 'validator/src/summarise.ts']);
  });

  it('./generate carries the generator', async () => {
    const files = await bundledFiles('csc-api-validator/generate');
    expect(files).toContain('validator/src/generate/generate.ts');
  });
});
