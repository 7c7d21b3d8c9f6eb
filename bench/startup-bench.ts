// Benchmark: how fast `csc-api` starts. Times `csc-api --version` and `csc-api validate` of a 10-record file
// against `node -e 0`, each the median of alternating runs in this one process, and prints the bundle's
// sizes (and the executables' when `npm run release` has built them). Runs in Node (started by bench/run.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import submitterPackage from '../submitter/package.json' with { type: 'json' };
import { releaseAssets } from '../submitter/release/assets.ts';
import { bundleForNpm, npmEntryFile } from '../submitter/release/bundles.ts';
import { generate } from '../validator/src/generate/index.ts';

const rounds = 15;
const submitterDir = join(import.meta.dirname, '../submitter');
const dir = mkdtempSync(join(tmpdir(), 'csc-api-startup-bench-'));

// The npm package's layout: bin/csc-api.js imports ../dist/csc-api.js and reads ../package.json.
mkdirSync(join(dir, 'bin'));
copyFileSync(join(submitterDir, 'bin/csc-api.js'), join(dir, 'bin/csc-api.js'));
copyFileSync(join(submitterDir, 'package.json'), join(dir, 'package.json'));
const metafile: Metafile = await bundleForNpm(join(dir, 'dist'));
const records = join(dir, 'records.json');
writeFileSync(records, JSON.stringify(generate({ count: 10, seed: 1, today: new Date() })));

const bin = join(dir, 'bin/csc-api.js');
const executable = join(
  import.meta.dirname,
  '../release',
  releaseAssets(submitterPackage.version).linuxExecutable,
);
const hasExecutable = existsSync(executable) && process.platform === 'linux';

function runMs(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: dir, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const cases: Record<string, [string, string[]]> = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'csc-api --version': [process.execPath, [bin, '--version']],
  'csc-api validate': [process.execPath, [bin, 'validate', records]],
  ...(hasExecutable
    ? {
        'executable --version': [executable, ['--version']] as [string, string[]],
        'executable validate': [executable, ['validate', records]] as [string, string[]],
      }
    : {}),
};
const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
for (const [command, args] of Object.values(cases)) runMs(command, args);
for (let round = 0; round < rounds; round++) {
  for (const [name, [command, args]] of Object.entries(cases)) times.get(name)?.push(runMs(command, args));
}
const baseline = median(times.get('node -e 0') ?? []);

/** The output files Node loads before any dynamic import(): the entry and its static imports. */
function loadedAtStart(entry: string): string[] {
  const seen = new Set([entry]);
  for (const file of seen) {
    for (const { path, kind } of metafile.outputs[file]?.imports ?? []) {
      if (kind === 'import-statement' && metafile.outputs[path]) seen.add(path);
    }
  }
  return [...seen];
}
const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
const entry = outputs.find(([file]) => file.endsWith(`/${npmEntryFile}`))?.[0] ?? '';
const isSqlServer = (inputs: object) =>
  Object.keys(inputs).some((input) => /node_modules\/(mssql|tedious)\//.test(input));
const bytesOf = (files: [string, { bytes: number }][]) =>
  files.reduce((sum, [, output]) => sum + output.bytes, 0);
const startBytes = loadedAtStart(entry).reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
const sqlServer = bytesOf(outputs.filter(([, output]) => isSqlServer(output.inputs)));
const withoutSqlServer = bytesOf(outputs.filter(([, output]) => !isSqlServer(output.inputs)));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const lines = Object.keys(cases).map((name) => {
  const ms = median(times.get(name) ?? []);
  const ratio = ms / baseline;
  const goal = name.endsWith('--version') ? ` (goal 3.0 or less: ${ratio <= 3 ? 'met' : 'NOT met'})` : '';
  return `${name.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)} x node -e 0${goal}`;
});
lines.push(
  `(medians of ${rounds} alternating runs, Node ${process.versions.node})`,
  '',
  `loaded at start       ${kb(startBytes)} (${loadedAtStart(entry).length} files)`,
  `bundle without SQL Server driver  ${mb(withoutSqlServer)} (goal 2 MB or less: ${withoutSqlServer <= 2 * 1024 * 1024 ? 'met' : 'NOT met'})`,
  `SQL Server driver chunk           ${mb(sqlServer)} (loaded only for --source sqlserver)`,
  `whole npm bundle                  ${mb(withoutSqlServer + sqlServer)} in ${outputs.length} files`,
);
for (const name of Object.values(releaseAssets(submitterPackage.version))) {
  const file = join(import.meta.dirname, '../release', name);
  if (!existsSync(file)) continue;
  const bytes = statSync(file).size;
  lines.push(`release/${name.padEnd(34)} ${bytes < 1024 * 1024 ? kb(bytes) : mb(bytes)}`);
}
if (!hasExecutable)
  lines.push('(run `npm run release` first to time the Linux executable and list asset sizes)');
process.stdout.write(`${lines.join('\n')}\n`);
rmSync(dir, { recursive: true, force: true });
