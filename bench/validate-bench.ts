// Benchmark: validate() on a generated 50,000-record snapshot against JSON.parse of the same bytes,
// measured side by side in one process: the check of the parsed value, and validate(text) with its own parse.
// Runs in Node (started by bench/run.mjs).

import { generate } from '../validator/src/generate/index.ts';
import { validate } from '../validator/src/index.ts';
import { recordValidatorFor } from '../validator/src/schema-check.ts';

const count = 50_000;
const rounds = 5;
const today = new Date();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

function time(run: () => void): number {
  globalThis.gc?.();
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  sampleHeap();
  return ms;
}

const records = generate({ count, seed: 42, today });
const text = JSON.stringify(records);
sampleHeap();
const bytes = Buffer.byteLength(text);

// Warm both paths up so the JIT has compiled them before timing.
const small = JSON.stringify(records.slice(0, 2000));
for (let i = 0; i < 3; i++) {
  validate(JSON.parse(small), { today });
  validate(small, { today });
}

const parseMs: number[] = [];
const validateMs: number[] = [];
const wholeMs: number[] = [];
let parsed: unknown;
let errors = 0;
for (let round = 0; round < rounds; round++) {
  // Drop the previous round's records first, so neither JSON.parse nor validate(text) pays for keeping two
  // copies alive.
  parsed = undefined;
  parseMs.push(
    time(() => {
      parsed = JSON.parse(text);
    }),
  );
  validateMs.push(
    time(() => {
      errors = validate(parsed, { today, mode: 'full' }).summary.errors;
    }),
  );
  parsed = undefined;
  wholeMs.push(
    time(() => {
      validate(text, { today });
    }),
  );
}
parsed = JSON.parse(text);
// The schema layer on its own (the precompiled Ajv code), to show how the validate time divides.
const schemaOnly = recordValidatorFor('1.0.1');
const schemaMs: number[] = [];
for (let round = 0; round < rounds; round++) {
  schemaMs.push(
    time(() => {
      for (const record of parsed as unknown[]) schemaOnly?.(record);
    }),
  );
}
const parse = median(parseMs);
const check = median(validateMs);
const ratio = check / parse;
const whole = median(wholeMs);
// Each round's parse and validate(text) run moments apart, so their ratio cancels out the machine's load.
const wholeRatio = median(wholeMs.map((ms, round) => ms / (parseMs[round] ?? Number.NaN)));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const lines = [
  `records             ${count.toLocaleString('en-GB')} (generated, seed 42; ${errors} errors found)`,
  `bytes               ${bytes.toLocaleString('en-GB')} (${mb(bytes)})`,
  `JSON.parse          ${parse.toFixed(1)} ms (median of ${rounds})`,
  `validate            ${check.toFixed(1)} ms (median of ${rounds}; schema, code sets and rules on the parsed value)`,
  `  of which schema   ${median(schemaMs).toFixed(1)} ms (the precompiled Ajv code alone; the rest is code sets and rules)`,
  `ratio               ${ratio.toFixed(2)} (validate / JSON.parse; goal 2.0 or less: ${ratio <= 2 ? 'met' : 'NOT met'})`,
  `records per second  ${Math.round(count / (check / 1000)).toLocaleString('en-GB')}`,
  `validate(text)      ${whole.toFixed(1)} ms (median of ${rounds}; parse and check together)`,
  `ratio (text)        ${wholeRatio.toFixed(2)} (validate(text) / JSON.parse, median of the rounds' ratios; goal 1.5 or less: ${wholeRatio <= 1.5 ? 'met' : 'NOT met'})`,
  `peak heap           ${mb(peakHeap)} (largest heapUsed seen after each step)`,
  `peak RSS            ${mb(process.resourceUsage().maxRSS * 1024)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
