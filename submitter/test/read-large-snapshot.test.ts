// A snapshot larger than the longest string V8 can hold (about 512 MB) streams through the file source
// with a small, flat heap. The bytes go through a named pipe, so nothing that size touches the disk.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'csc-api-validator';
import { afterEach, expect, it } from 'vitest';

const longestString = 2 ** 29 - 24;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes `[block,block,...]` into the pipe until it holds more than `minimumBytes`; returns the records written. */
async function feed(pipe: string, block: string, recordsPerBlock: number, minimumBytes: number) {
  const out = createWriteStream(pipe);
  const bytes = Buffer.from(block);
  let written = 0;
  let records = 0;
  out.write('[');
  while (written < minimumBytes) {
    if (records > 0) out.write(',');
    if (!out.write(bytes)) await once(out, 'drain');
    written += bytes.length;
    records += recordsPerBlock;
  }
  out.end(']');
  await once(out, 'close');
  return records;
}

it.skipIf(process.platform === 'win32')(
  'reads a JSON array larger than the longest string in a 64 MB heap, and peak memory stays far below the file size',
  async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csc-api-large-'));
    folders.push(folder);
    const pipe = join(folder, 'snapshot.json');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
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
    const written = await feed(pipe, block, records.length, fileBytes);
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
  60_000,
);
