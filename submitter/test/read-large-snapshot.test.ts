// A snapshot larger than the longest string V8 can hold (about 512 MB) streams through the file source
// with a small, flat heap, and `csc-api run` reads one without stopping (it used to exit 70 with
// ERR_STRING_TOO_LONG). The bytes go through a named pipe, so nothing that size touches the disk.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from 'csc-api-validator/generate';
import { afterEach, expect, it } from 'vitest';
import { startHarness } from './helpers/harness.ts';

const longestString = 2 ** 29 - 24;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function makePipe(): string {
  const folder = mkdtempSync(join(tmpdir(), 'csc-api-large-'));
  folders.push(folder);
  const pipe = join(folder, 'snapshot.json');
  expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
  return pipe;
}

/**
 * Writes a JSON array of `blocks` (taken in turn, each one or more records) into the pipe until it holds
 * more than `minimumBytes`, with `between` after each comma; returns how many blocks it wrote.
 */
async function feed(pipe: string, blocks: string[], minimumBytes: number, between = '') {
  const out = createWriteStream(pipe);
  const separator = Buffer.from(`,${between}`);
  let written = 0;
  let count = 0;
  out.write('[');
  while (written < minimumBytes) {
    if (count > 0 && !out.write(separator)) await once(out, 'drain');
    const bytes = Buffer.from(blocks[count % blocks.length] as string);
    if (!out.write(bytes)) await once(out, 'drain');
    written += bytes.length + separator.length;
    count += 1;
  }
  out.end(']');
  await once(out, 'close');
  return count;
}

it.skipIf(process.platform === 'win32')(
  'reads a JSON array larger than the longest string in a 64 MB heap, and peak memory stays far below the file size',
  async () => {
    const pipe = makePipe();
    const records = generate({ count: 1000, seed: 512 });
    const block = records.map((record) => JSON.stringify(record)).join(',');
    const reader = spawn(
      process.execPath,
      ['--max-old-space-size=64', join(import.meta.dirname, 'helpers/count-source-records.ts'), pipe],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    reader.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    reader.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = once(reader, 'exit');
    const fileBytes = longestString + 20 * 1024 * 1024;
    const written = (await feed(pipe, [block], fileBytes)) * records.length;
    const [code] = await exited;
    expect(output).toMatch(/^\{/);
    expect(code).toBe(0);
    const result = JSON.parse(output) as { records: number; peakRssMb: number };
    expect(result.records).toBe(written);
    expect(result.peakRssMb).toBeLessThan(200);
    console.log(
      `read ${written.toLocaleString('en-GB')} records (${Math.round(fileBytes / 1024 / 1024)} MB) with a peak RSS of ${Math.round(result.peakRssMb)} MB`,
    );
  },
  120_000,
);

it.skipIf(process.platform === 'win32')(
  'csc-api run --dry-run reads a snapshot larger than the longest string in a 64 MB heap and plans every record',
  async () => {
    const harness = await startHarness();
    try {
      const pipe = makePipe();
      const records = generate({ count: 10, seed: 513 }).map((record) => JSON.stringify(record));
      // The CLI from source in its own process, with a heap far smaller than the snapshot.
      const entry = join(harness.dir, 'csc-api.mjs');
      const start = pathToFileURL(join(import.meta.dirname, '../src/start.ts')).href;
      writeFileSync(entry, `await (await import(${JSON.stringify(start)})).start();\n`);
      const cli = spawn(
        process.execPath,
        ['--max-old-space-size=64', entry, 'run', '--input', pipe, '--dry-run', '--json'],
        { cwd: harness.dir, env: { ...process.env, ...harness.env }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      cli.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      cli.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const exited = once(cli, 'exit');
      // Whitespace between records is still a JSON array: 60 MB of it after each record keeps the test quick.
      const written = await feed(pipe, records, longestString + 1024 * 1024, ' '.repeat(60 * 1024 * 1024));
      expect(written).toBeLessThanOrEqual(records.length);
      const [code] = await exited;
      expect(stderr).not.toContain('ERR_STRING_TOO_LONG');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ recordsRead: written, invalid: 0 });
    } finally {
      await harness.close();
    }
  },
  120_000,
);
