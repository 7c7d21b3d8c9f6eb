// The npm package's bundle starts lean: `--version` and `--help` load one small file, and the database
// drivers and each command's code load only when that command runs. Runs in Node under Vitest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleForNpm, npmEntryFile } from '../../release/bundles.ts';

let dir: string;
let metafile: Metafile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csc-api-bundle-'));
  metafile = await bundleForNpm(dir);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The output files Node loads before any dynamic import() runs, starting from `entry`. */
function loadedAtStart(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const { path, kind } of metafile.outputs[file]?.imports ?? []) {
      if (kind === 'import-statement' && !seen.has(path) && metafile.outputs[path]) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return [...seen];
}

function inputsOf(files: string[]): string[] {
  return files.flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
}

const entry = (): string =>
  Object.keys(metafile.outputs).find((path) => path.endsWith(`/${npmEntryFile}`)) ?? '';
const sqlServerDriver = /node_modules\/(mssql|tedious|@azure|@js-joda)\//;

test('start-up loads no driver, no validator and no command code', () => {
  const inputs = inputsOf(loadedAtStart(entry()));
  expect(inputs.length).toBeGreaterThan(0);
  expect(
    inputs.filter((input) => /node_modules\/(pg|pg-[a-z-]+|mssql|tedious|undici|ajv)\//.test(input)),
  ).toEqual([]);
  expect(
    inputs.filter((input) => input.includes('src/commands/') && !input.endsWith('commands/index.ts')),
  ).toEqual([]);
  expect(
    inputs.filter((input) => input.includes('validator/src/') && !input.endsWith('current-spec-version.ts')),
  ).toEqual([]);
});

test('the code loaded at start-up is under 100 KB', () => {
  const bytes = loadedAtStart(entry()).reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
  expect(bytes).toBeLessThan(100 * 1024);
});

test('every file of the bundle except the SQL Server driver adds up to 2 MB or less', () => {
  const files = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js'));
  const withoutSqlServer = files.filter(
    (file) => !Object.keys(metafile.outputs[file]?.inputs ?? {}).some((input) => sqlServerDriver.test(input)),
  );
  expect(withoutSqlServer.length).toBeLessThan(files.length);
  const bytes = withoutSqlServer.reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
  expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
});
