// The validator page's Web Worker: reads files, runs the precompiled validator, makes samples and maps
// JSON Pointers to lines, off the main thread so the page stays responsive. Only plain data crosses.
/// <reference lib="webworker" />
import { createLocator, locate, readUtf8File, rulesCatalogue, validate } from 'csc-api-validator';
import { generate, sampleWithProblems } from 'csc-api-validator/generate';
// Text above the editor limit is not opened in the editor, so its findings are not mapped to lines up front.
import { editorLimitBytes } from './limits.ts';
import {
  type CheckAnswer,
  type CheckedSource,
  type CheckSource,
  findingsPerMessage,
  type Position,
  type ProgressStage,
  type RuleInfo,
  type ValidationReport,
  type WorkerRequest,
  type WorkerResponse,
} from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Findings mapped to lines up front; the rest are mapped when chosen. */
const positionsUpFront = 2000;

interface Kept {
  text: string;
  format: ValidationReport['format'];
  parsed?: unknown;
}

/** The text of the last check's sources, for locating findings and showing records later. */
let kept: Kept[] = [];

function reply(response: WorkerResponse): void {
  self.postMessage(response);
}

/**
 * Reads a file as strict UTF-8 text: a file in another encoding fails the check with the byte and how to
 * save it as UTF-8, never read with replacement characters. The browser's own decoder is several times
 * faster than decoding chunk by chunk, so progress is reported only at the start and the end of reading.
 */
async function readText(file: File, progress: (done: number) => void): Promise<string> {
  progress(0);
  const text = await readUtf8File(file, file.name);
  progress(file.size);
  return text;
}

function positionsFor(text: string, report: ValidationReport): (Position | null)[] {
  const locator = createLocator(text);
  return report.findings.slice(0, positionsUpFront).map((finding) => locator.locate(finding.path));
}

async function check(request: Extract<WorkerRequest, { type: 'check' }>): Promise<void> {
  const started = performance.now();
  const results: CheckedSource[] = [];
  kept = [];
  for (const [index, source] of request.sources.entries()) {
    // Progress messages are throttled to whole percentages so a large file does not flood the page.
    let lastStage: ProgressStage | null = null;
    let lastPercent = -1;
    const progress = (stage: ProgressStage, done: number, total: number) => {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
      if (stage === lastStage && percent === lastPercent) return;
      lastStage = stage;
      lastPercent = percent;
      reply({
        id: request.id,
        type: 'progress',
        source: index,
        sources: request.sources.length,
        stage,
        done,
        total,
      });
    };
    const readStart = performance.now();
    const text = await textOf(source, (done) => progress('reading', done, sourceBytes(source)));
    const checkStart = performance.now();
    const report = validate(text, {
      spec: request.spec,
      mode: request.mode,
      onProgress: (stage, done, total) => progress(stage, done, total),
    });
    const checkMs = performance.now() - checkStart;
    const bytes = source.kind === 'file' ? source.file.size : new Blob([text]).size;
    kept.push({ text, format: report.format });
    results.push({
      name: source.name,
      bytes,
      report,
      positions: bytes <= editorLimitBytes ? positionsFor(text, report) : null,
      readMs: checkStart - readStart,
      checkMs,
    });
  }
  const used = new Set(results.flatMap((result) => result.report.findings.map((finding) => finding.rule)));
  const ruleInfo: RuleInfo[] = rulesCatalogue
    .filter((rule) => used.has(rule.id))
    .map(({ id, title, anchor }) => ({ id, title, anchor }));
  // The findings go ahead in slices, so the page reads them a slice per task (see CheckAnswer).
  results.forEach((result, source) => {
    const { findings } = result.report;
    for (let start = 0; start < findings.length; start += findingsPerMessage) {
      const json = JSON.stringify(findings.slice(start, start + findingsPerMessage));
      reply({ id: request.id, type: 'findings', source, json });
    }
  });
  const withoutFindings = results.map((result) => ({
    ...result,
    report: { ...result.report, findings: [] },
  }));
  const answer: CheckAnswer = { results: withoutFindings, rules: ruleInfo, ms: performance.now() - started };
  reply({ id: request.id, type: 'checked', json: JSON.stringify(answer) });
}

function sourceBytes(source: CheckSource): number {
  return source.kind === 'file' ? source.file.size : source.text.length;
}

function textOf(source: CheckSource, progress: (done: number) => void): Promise<string> {
  return source.kind === 'file' ? readText(source.file, progress) : Promise.resolve(source.text);
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Finds the record a finding belongs to and the rest of its pointer inside that record. */
type FoundRecord = { value: unknown; rest: string } | { raw: string; rest: '' };

function recordOf(source: Kept, record: number, pointer: string): FoundRecord | null {
  if (source.format === 'ndjson') {
    const line = source.text.split('\n').filter((text) => text.trim() !== '')[record];
    if (line === undefined) return null;
    const segments = pointer.split('/').slice(1);
    const rest = segments[0] === String(record) ? segments.slice(1) : segments;
    try {
      return { value: JSON.parse(line), rest: rest.length ? `/${rest.join('/')}` : '' };
    } catch {
      // A line that is not JSON is shown as it is: that is the finding.
      return { raw: line, rest: '' };
    }
  }
  source.parsed ??= JSON.parse(source.text);
  if (source.format === 'record') return { value: source.parsed, rest: pointer };
  const segments = pointer.split('/').slice(1);
  let node: unknown = source.parsed;
  for (const [index, segment] of segments.entries()) {
    const key = unescapeSegment(segment);
    if (Array.isArray(node) && key === String(record)) {
      const rest = segments.slice(index + 1);
      return { value: node[record], rest: rest.length ? `/${rest.join('/')}` : '' };
    }
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string, unknown>)[key];
  }
  return Array.isArray(source.parsed) && record < source.parsed.length
    ? { value: source.parsed[record], rest: '' }
    : null;
}

function showRecord(request: Extract<WorkerRequest, { type: 'record' }>): void {
  const source = kept[request.source];
  const found = source ? recordOf(source, request.record, request.pointer) : null;
  if (!found) {
    reply({ id: request.id, type: 'failed', message: `Record ${request.record + 1} could not be found.` });
    return;
  }
  const text = 'raw' in found ? found.raw : JSON.stringify(found.value, null, 2);
  const position = found.rest === '' ? null : locate(text, found.rest);
  reply({ id: request.id, type: 'record', text, line: position?.line ?? null });
}

function sample(request: Extract<WorkerRequest, { type: 'sample' }>): void {
  const options = { seed: request.seed, specVersion: request.spec };
  const batch =
    request.kind === 'problems'
      ? sampleWithProblems(options)
      : generate({ ...options, count: request.count });
  reply({
    id: request.id,
    type: 'sample',
    text: `${JSON.stringify(batch, null, 2)}\n`,
    records: batch.length,
  });
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'check':
      return check(request);
    case 'sample':
      return sample(request);
    case 'locate': {
      const locator = createLocator(kept[request.source]?.text ?? '');
      reply({
        id: request.id,
        type: 'located',
        positions: request.pointers.map((pointer) => locator.locate(pointer)),
      });
      return;
    }
    case 'record':
      return showRecord(request);
  }
}

// Warm up: checking a small generated batch once lets the JavaScript engine compile the validator's hot
// paths while the user is still choosing a file, so their first check runs as fast as later ones.
let queue: Promise<void> = new Promise((resolve) => {
  setTimeout(() => {
    try {
      validate(JSON.stringify(generate({ count: 500, seed: 1 })));
    } catch {
      // Nothing to show yet: the same failure reaches the page, with a message, when the user checks.
    }
    resolve();
  }, 0);
});

// Requests run one at a time, in order; the page drops answers it no longer wants.
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      reply({
        id: request.id,
        type: 'failed',
        message: `The check stopped because of a bug in the validator: ${error instanceof Error ? error.message : String(error)}`,
      });
    }),
  );
});
