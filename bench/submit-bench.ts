// Benchmark: the submitter on a generated 50,000-record snapshot and a second day with about 2%
// changes, against the mock DfE API on loopback. Each figure is printed next to a baseline measured
// in the same process: JSON.parse of the same bytes for the delta, and bare POSTs of the same batches
// (no validation, state or audit) for sending. The runs use the npm package's bundle, each in its own
// process (submit-run-child.mjs), so their time and peak RSS are the submitter's alone: the mock API
// and this file's data stay in this process. Runs in Node (started by bench/run.mjs).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashRecord, planSends } from 'csc-api-validator/delta';
import { bundleForNpm, npmEntryFile } from '../submitter/release/bundles.ts';
import { MockDfeApi } from '../submitter/src/mock-api/mock-dfe-api.ts';
import { StateStore } from '../submitter/src/state/state-store.ts';
import { generate } from '../validator/src/generate/index.ts';

const count = 50_000;
const today = new Date();
const dir = mkdtempSync(join(tmpdir(), 'csc-submit-bench-'));
await bundleForNpm(join(dir, 'dist'));
const bundle = join(dir, 'dist', npmEntryFile);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const perSecond = (records: number, ms: number) => Math.round(records / (ms / 1000)).toLocaleString('en-GB');

const rounds = 3;

/** Median of a few rounds: one-off timings on a shared machine swing widely. */
function time<T>(run: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value = run();
  for (let round = 0; round < rounds; round++) {
    globalThis.gc?.();
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(rounds / 2)] as number, value };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  globalThis.gc?.();
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

// Day 1: the generated snapshot. Day 2: 2% changed (1.6% edited, 0.2% new, 0.2% gone).
const day1 = generate({ count, seed: 7, today });
const day2 = structuredClone(day1).filter((_, index) => index % 500 !== 499);
for (let index = 0; index < day2.length; index += 62) {
  const details = (day2[index] as { child_details?: Record<string, unknown> }).child_details;
  if (details) details.surname = `Changed${index}`;
  else (day2[index] as Record<string, unknown>).mis_child_id = `CHANGED${index}`;
}
day2.push(
  ...generate({ count: 100, seed: 8, today }).map((record, index) => ({
    ...record,
    la_child_id: `NEW${index}`,
  })),
);
const day1Path = join(dir, 'day1.json');
const day2Path = join(dir, 'day2.json');
const day2Text = JSON.stringify(day2);
writeFileSync(day1Path, JSON.stringify(day1));
writeFileSync(day2Path, day2Text);

const mock = new MockDfeApi();
await mock.listen();
const env = {
  API_ENDPOINT: mock.endpoints.apiEndpoint,
  TOKEN_ENDPOINT: mock.endpoints.tokenEndpoint,
  CLIENT_ID: 'bench',
  CLIENT_SECRET: 'bench-secret-value',
  SCOPE: 'api://bench',
  SUPPLIER_KEY: 'bench-supplier-key',
  LA_CODE: '201',
  CSC_STATE: join(dir, 'state.sqlite'),
  CSC_AUDIT_DIR: join(dir, 'audit'),
};
/** Runs `csc-api` from the bundle in a child process, against the mock in this one. */
function cli(argv: string[]): Promise<{ code: number; ms: number; maxRss: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'submit-run-child.mjs'), bundle, ...argv],
      { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit', 'pipe'] },
    );
    let out = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as { code: number; ms: number; maxRss: number });
      } catch {
        reject(new Error(`the child run printed no result: ${out}`));
      }
    });
  });
}

// Baseline for sending: the same batches POSTed bare, with one token, no validation, state or audit.
const tokenResponse = await fetch(mock.endpoints.tokenEndpoint, {
  method: 'POST',
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: 'bench',
    client_secret: 'x',
    scope: 'api://bench/.default',
  }),
});
const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
const bare = await timeAsync(async () => {
  for (let start = 0; start < day1.length; start += 100) {
    const response = await fetch(`${mock.endpoints.apiEndpoint}/children_social_care_data/201/children`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, SupplierKey: 'k', 'Content-Type': 'application/json' },
      body: JSON.stringify(day1.slice(start, start + 100)),
    });
    await response.text();
  }
});
mock.received.length = 0;

const fullRun = await cli(['run', '--input', day1Path, '--mode', 'full']);
const sentDay1 = mock.received.length;

// The delta computation alone: hashing today's records and comparing with the state file.
const store = StateStore.open(env.CSC_STATE);
const parse = time(() => JSON.parse(day2Text) as Record<string, unknown>[]);
const plan = time(() => {
  const known = store.ledger.knownChildren();
  const children = parse.value.map((record) => ({ laChildId: record.la_child_id as string, record }));
  return planSends({
    mode: 'delta',
    partial: false,
    ignored: new Set(),
    children,
    presentIds: new Set(children.map((c) => c.laChildId)),
    known,
    resumedRunIds: new Set(),
    sentRecord: (id) => store.ledger.sentRecord(id),
  });
});
const hashOnly = time(() => {
  for (const record of parse.value) hashRecord(record, new Set());
});
store.close();

const before = mock.received.length;
const deltaRun = await cli(['run', '--input', day2Path, '--mode', 'delta']);
const sentDay2 = mock.received.length - before;
await mock.close();
rmSync(dir, { recursive: true, force: true });

const planned = plan.value.sends.length;
const lines = [
  `records             ${count.toLocaleString('en-GB')} on day 1 (generated, seed 7); day 2: ${day2.length.toLocaleString('en-GB')} with ~2% changed, new or gone`,
  `day-2 bytes         ${Buffer.byteLength(day2Text).toLocaleString('en-GB')} (${mb(Buffer.byteLength(day2Text))})`,
  `JSON.parse day 2    ${parse.ms.toFixed(1)} ms (baseline; median of ${rounds} after a warm-up, as below)`,
  `delta computation   ${plan.ms.toFixed(1)} ms (hash, compare with the state file, plan: ${planned} to send, ${plan.value.unchanged.length.toLocaleString('en-GB')} unchanged)`,
  `canonical hashing   ${hashOnly.ms.toFixed(1)} ms (every record; what the comparison costs without the raw-hash shortcut)`,
  `ratio               ${(plan.ms / parse.ms).toFixed(2)} (delta computation / JSON.parse of the same snapshot)`,
  `bare POSTs          ${bare.ms.toFixed(0)} ms, ${perSecond(count, bare.ms)} records/s (baseline: same batches, no validation, state or audit)`,
  `full run day 1      ${fullRun.ms.toFixed(0)} ms, ${perSecond(sentDay1, fullRun.ms)} records/s sent with receipts (exit ${fullRun.code}; read, validate, plan, send, state, audit)`,
  `ratio               ${(fullRun.ms / bare.ms).toFixed(2)} (full run / bare POSTs)`,
  `delta run day 2     ${deltaRun.ms.toFixed(0)} ms for ${sentDay2} records sent (exit ${deltaRun.code}; read, validate, delta, send)`,
  `peak RSS            ${mb(fullRun.maxRss)} (full run process), ${mb(deltaRun.maxRss)} (delta run process); the npm package's bundle`,
];
process.stdout.write(`${lines.join('\n')}\n`);
