// Browser benchmark for the validator page, against the built site in dist/ (run `npm run build` first).
// 1. Build check: the gzipped JavaScript the page loads before Monaco (goal: at most 150 KB).
// 2. In Chromium: the end-to-end check of a generated 50,000-record file (choose the file, Check, summary
//    shown) divided by JSON.parse of the same text in the same page (goal: at most 2.5), and the longest
//    main-thread task during the checks, with and without a finding in every record (goal: at most 100 ms).
// Runs in Node (started by bench/run.mjs); serves dist/ itself on 127.0.0.1.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generate } from 'csc-api-validator/generate';

const dist = join(process.cwd(), process.env.OUT_DIR || 'dist');
const pageFile = join(dist, 'validator', 'index.html');
const count = 50_000;
const rounds = Number(process.env.BENCH_ROUNDS || 5);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(pageFile)) {
  process.stderr.write('dist/validator/index.html is missing: run `npm run build` first.\n');
  process.exit(1);
}
const html = readFileSync(pageFile, 'utf8');
// The base path the site was built with, read from its own asset URLs.
const base = /(?:src|href)="(\/[^"]*?)_astro\//.exec(html)?.[1] ?? '/';

/** Runs in the page: from now on, keeps the duration of the longest main-thread task in `window.longest`. */
function watchLongTasks(): void {
  const longest = { ms: 0 };
  (window as unknown as { longest: typeof longest }).longest = longest;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
  }).observe({ type: 'longtask' });
}

/** Runs in the page: clicks Check and resolves with the ms until the summary shows its counts. */
function clickCheckAndTimeSummary(): Promise<number> {
  return new Promise<number>((resolve) => {
    const summary = document.querySelector('[data-summary]') as HTMLElement;
    summary.replaceChildren();
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (summary.querySelector('dt')) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    }).observe(summary, { childList: true, subtree: true });
    document.querySelector<HTMLButtonElement>('[data-check]')?.click();
  });
}

function fileFor(urlPath: string): string {
  return join(dist, normalize(decodeURIComponent(urlPath.slice(base.length))));
}

/** The JS files a module imports statically (not `import()`), found in the built, minified code. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((match) =>
    join(file, '..', match[1] ?? ''),
  );
}

/** Gzipped bytes of `entries` and everything they import statically. */
function gzippedWithImports(entries: string[]): number {
  let bytes = 0;
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    bytes += gzipSync(readFileSync(file)).length;
    queue.push(...staticImports(file));
  }
  return bytes;
}

/** Every script the page runs before it imports Monaco: inline ones, `src` ones and their static imports. */
function javascriptBeforeMonaco(): number {
  let bytes = 0;
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    bytes += gzipSync(match[1] ?? '').length;
  }
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => fileFor(match[1] ?? ''));
  return bytes + gzippedWithImports(sources);
}

function builtChunks(prefix: string): string[] {
  const folder = join(dist, '_astro');
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.js'))
    .map((name) => join(folder, name));
}

const before = javascriptBeforeMonaco();
const worker = gzippedWithImports(builtChunks('validator.worker'));
const monaco = gzippedWithImports([
  ...builtChunks('monaco-text-editor'),
  ...builtChunks('monaco-editor.worker'),
]);
process.stdout.write(
  `JS before Monaco: ${kb(before)} gzipped (goal: at most 150 KB) ${before <= 150 * 1024 ? 'OK' : 'OVER'}\n` +
    `  loaded after the page is interactive: validator worker ${kb(worker)}, Monaco and its worker ${kb(monaco)} gzipped\n`,
);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  let file = path.startsWith(base) ? fileFor(path) : '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const input = join(tmpdir(), `csc-browser-bench-${process.pid}.json`);
const records = generate({ count, seed: 42 });
await writeFile(input, JSON.stringify(records));
const bytes = statSync(input).size;
// The same batch with a wrong sex code in every record: one finding each, for the page's worst case.
const faulty = join(tmpdir(), `csc-browser-bench-${process.pid}-faulty.json`);
for (const record of records) {
  const details = record.child_details;
  if (details && typeof details === 'object' && !Array.isArray(details)) {
    (details as Record<string, unknown>).sex = 'X';
  }
}
await writeFile(faulty, JSON.stringify(records));

const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${origin}${base}validator/`);
  await page.locator('csc-validator[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByLabel('Choose files').setInputFiles(input);
  await page.evaluate(watchLongTasks);
  // The longest task so far, read after a pause so that the work after the summary shows (the list) counts.
  const longestTask = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return (window as unknown as { longest: { ms: number } }).longest.ms;
    });
  // Forgets the tasks so far, once the observer has had the last of them (the page's own JSON.parse).
  const forgetTasks = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      (window as unknown as { longest: { ms: number } }).longest.ms = 0;
    });
  const cleanPauses: number[] = [];

  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const checks: number[] = [];
  const parses: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // The same text the page checks, read from the chosen file, parsed on the page's main thread.
    parses.push(
      await page.evaluate(async () => {
        const chosen = document.querySelector<HTMLInputElement>('#csc-v-files')?.files?.[0];
        const text = (await chosen?.text()) ?? '';
        const start = performance.now();
        JSON.parse(text);
        return performance.now() - start;
      }),
    );
    // Timed inside the page: from the click on Check to the summary showing the record count.
    await forgetTasks();
    checks.push(await page.evaluate(clickCheckAndTimeSummary));
    cleanPauses.push(await longestTask());
    const spent = await page
      .locator('csc-validator')
      .evaluate((element) => ({ ...(element as HTMLElement).dataset }));
    process.stdout.write(
      `  round ${round + 1}: check ${checks.at(-1)?.toFixed(0)} ms (in the worker: reading ${spent.readMs} ms, ` +
        `validate() ${spent.checkMs} ms, all ${spent.workerMs} ms); JSON.parse ${parses.at(-1)?.toFixed(0)} ms\n`,
    );
  }
  const check = median(checks);
  const parse = median(parses);
  // Each round's check and parse run moments apart, so their ratio cancels out the machine's load.
  const ratio = median(checks.map((ms, round) => ms / (parses[round] ?? Number.NaN)));
  process.stdout.write(
    `Browser check of ${count.toLocaleString('en-GB')} records (${(bytes / 1024 / 1024).toFixed(1)} MB), median of ${rounds}: ` +
      `${check.toFixed(0)} ms; JSON.parse of the same text in the same page: ${parse.toFixed(0)} ms\n` +
      `Check time / JSON.parse time, median of the rounds' ratios: ${ratio.toFixed(2)} (goal: at most 2.5) ${ratio <= 2.5 ? 'OK' : 'OVER'}\n`,
  );
  const cleanPause = Math.max(...cleanPauses);
  process.stdout.write(
    `Longest main-thread task during these checks: ${cleanPause.toFixed(0)} ms (goal: at most 100 ms) ${cleanPause <= 100 ? 'OK' : 'OVER'}\n`,
  );

  // Main-thread pauses while the page takes in and shows a finding for every record.
  await page.getByLabel('Choose files').setInputFiles(faulty);
  await forgetTasks();
  const faultyCheck = await page.evaluate(clickCheckAndTimeSummary);
  const pause = await longestTask();
  const errors = await page.locator('[data-summary] dt:has-text("Errors") + dd').textContent();
  process.stdout.write(
    `The same records with ${errors} errors: check ${faultyCheck.toFixed(0)} ms; ` +
      `longest main-thread task ${pause.toFixed(0)} ms (goal: at most 100 ms) ${pause <= 100 ? 'OK' : 'OVER'}\n`,
  );
} finally {
  await browser.close();
  server.close();
  await rm(input, { force: true });
  await rm(faulty, { force: true });
}
