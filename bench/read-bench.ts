// Benchmark: reading a generated 50,000-record snapshot file through the file source (streamed strict
// UTF-8, split into records, each parsed on its own) against readFileSync and JSON.parse of the same
// bytes, measured side by side in one process. Runs in Node (started by bench/run.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSource } from '../submitter/src/source/file-source.ts';
import { generate } from '../validator/src/generate/index.ts';

const count = 50_000;
const rounds = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(run: () => Promise<number> | number): Promise<{ ms: number; records: number }> {
  globalThis.gc?.();
  const start = performance.now();
  const records = await run();
  return { ms: performance.now() - start, records };
}

const folder = mkdtempSync(join(tmpdir(), 'csc-read-bench-'));
const files = {
  'JSON array': join(folder, 'snapshot.json'),
  NDJSON: join(folder, 'snapshot.ndjson'),
};
const records = generate({ count, seed: 42 });
writeFileSync(files['JSON array'], JSON.stringify(records, null, 2));
writeFileSync(files.NDJSON, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

async function streamed(file: string): Promise<number> {
  let n = 0;
  for await (const _ of new FileSource(file).records()) n += 1;
  return n;
}

function whole(file: string, ndjson: boolean): number {
  const text = readFileSync(file, 'utf8');
  if (!ndjson) return (JSON.parse(text) as unknown[]).length;
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line)).length;
}

try {
  for (const [label, file] of Object.entries(files)) {
    const ndjson = label === 'NDJSON';
    // Warm both paths up so the JIT has compiled them before timing.
    await streamed(file);
    whole(file, ndjson);
    const streamMs: number[] = [];
    const wholeMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const s = await time(() => streamed(file));
      const w = await time(() => whole(file, ndjson));
      if (s.records !== count || w.records !== count) throw new Error('a reader lost records');
      streamMs.push(s.ms);
      wholeMs.push(w.ms);
    }
    const mb = readFileSync(file).length / 1024 / 1024;
    const ratio = median(streamMs) / median(wholeMs);
    process.stdout.write(
      `${label.padEnd(11)} ${mb.toFixed(1)} MB: streamed, one record at a time ${median(streamMs).toFixed(0)} ms, ` +
        `read whole and JSON.parse ${median(wholeMs).toFixed(0)} ms (medians of ${rounds}); ` +
        `ratio ${ratio.toFixed(2)} (streamed / whole)\n`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
