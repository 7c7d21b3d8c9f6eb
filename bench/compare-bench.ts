// Benchmark: the compare page's work (read both extracts, gate them, plan a delta and a --partial run)
// on two generated 50,000-record extracts, against JSON.parse of both, measured side by side in one
// process. Also prints where the time goes, the plain TypeScript SHA-256 the browser uses against Node's
// native one, and the peak memory per byte of the files (the page's memory estimate). Runs in Node
// (started by bench/run.mjs).
import { compareExtracts, hashText, readExtract } from '../validator/src/delta/index.ts';
import { sha256InScript } from '../validator/src/delta/sha256.ts';
import { generate } from '../validator/src/generate/index.ts';

const count = 50_000;
const rounds = 3;
const today = new Date();
type Child = { la_child_id: string; child_details: Record<string, unknown> };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
let peakHeap = 0;
function time(run: () => void): number {
  globalThis.gc?.();
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return ms;
}

// Day two: 2% changed, 1% gone, 1% new, as a busy LA's day might be.
const previous = generate({ count, seed: 42, today }) as Child[];
const current = structuredClone(generate({ count: count + count / 100, seed: 42, today })) as Child[];
for (let i = 0; i < count; i += 50) (current[i] as Child).child_details.surname = 'Changedname';
const texts = [JSON.stringify(previous), JSON.stringify(current.filter((_, i) => i % 100 !== 1))] as const;
const bytes = Buffer.byteLength(texts[0]) + Buffer.byteLength(texts[1]);

// Warm up, so the JIT has compiled the hot paths before timing.
compareExtracts(previous.slice(0, 2000), current.slice(0, 2000), { today });

const stages = ['read', 'gate', 'full-run', 'delta-run', 'partial-run'] as const;
const parseMs: number[] = [];
const compareMs: number[] = [];
const stageMs = new Map<string, number[]>(stages.map((stage) => [stage, []]));
let sends = 0;
for (let round = 0; round < rounds; round++) {
  parseMs.push(
    time(() => {
      JSON.parse(texts[0]);
      JSON.parse(texts[1]);
    }),
  );
  const baseHeap = process.memoryUsage().heapUsed;
  peakHeap = 0;
  let stage = 'read';
  let stageStart = 0;
  const enter = (next: string) => {
    const now = performance.now();
    stageMs.get(stage)?.push(now - stageStart);
    stage = next;
    stageStart = now;
  };
  compareMs.push(
    time(() => {
      stageStart = performance.now();
      const [previousRecords, currentRecords] = [
        readExtract(texts[0]).records,
        readExtract(texts[1]).records,
      ];
      const result = compareExtracts(previousRecords, currentRecords, { today, onStage: enter });
      sends = result.delta.plan.sends.length;
    }),
  );
  peakHeap -= baseHeap;
}
const recordTexts = current.slice(0, 10_000).map((record) => JSON.stringify(record));
const nativeMs = time(() => {
  for (const text of recordTexts) hashText(text);
});
const scriptMs = time(() => {
  for (const text of recordTexts) sha256InScript(text);
});

const [parse, compare] = [median(parseMs), median(compareMs)];
const profile = stages
  .map((stage) => `  ${stage.padEnd(12)} ${(median(stageMs.get(stage) ?? []) / parse).toFixed(2)}× the parse`)
  .join('\n');
process.stdout.write(
  `two extracts of ${count.toLocaleString('en-GB')} records (${(bytes / 1024 / 1024).toFixed(0)} MB), ${sends} sends planned\n` +
    `JSON.parse of both: ${parse.toFixed(0)} ms\n` +
    `compare (read, gate, plan a full run, a delta run and a --partial run): ${compare.toFixed(0)} ms, ratio ${(compare / parse).toFixed(2)} (goal ≤ 3)\n` +
    `where the time goes (read: JSON to records; gate: validate() in groups of 100; full-run: hashing every record last sent):\n${profile}\n` +
    `SHA-256 of 10,000 records: Node's native ${nativeMs.toFixed(0)} ms, the browser's plain TypeScript ${scriptMs.toFixed(0)} ms\n` +
    `peak heap during the compare: ${(peakHeap / bytes).toFixed(1)} bytes per byte of the files\n`,
);
