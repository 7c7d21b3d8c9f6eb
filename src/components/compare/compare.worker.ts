// The compare page's Web Worker: reads both extracts (with the validator's own messages for text that is
// not UTF-8 or not JSON, and a check's findings for a repeated la_child_id), then plans what
// `csc-api run --mode delta` (and `--partial`) would send with csc-api's own planner, off the main thread
// so the page stays responsive. Only plain data and Blobs cross.
/// <reference lib="webworker" />
import { type Finding, NotUtf8Error, readUtf8File, validate } from 'csc-api-validator';
import {
  type CompareStage,
  compareExtracts,
  type ExtractComparison,
  readExtract,
} from 'csc-api-validator/delta';
import type {
  CompareRequest,
  CompareResponse,
  Comparison,
  ExtractIndex,
  ExtractProblem,
  ExtractSource,
  SendCounts,
} from './compare-protocol.ts';
import { extractWarnings } from './extract-warnings.ts';
import { fieldChanges } from './field-changes.ts';
import { outOfMemoryMessage, ranOutOfMemory } from './memory-budget.ts';
import { payloadCommand, payloadDownloadText } from './payload-download.ts';

declare const self: DedicatedWorkerGlobalScope;

const stageMessages: Record<CompareStage, string> = {
  gate: 'Checking the records as csc-api does before it sends',
  'full-run': 'Working out what the DfE holds',
  'delta-run': 'Planning the delta run',
  'partial-run': 'Planning the --partial run',
  done: 'Listing the changes',
};

/** Changed children listed with their differences; the counts and downloads cover them all. */
const changedListed = 500;

/** The records of the last extracts read, kept for the comparison the user confirms. */
let kept: { records: [unknown[], unknown[]]; today: Date } | null = null;

function reply(response: CompareResponse): void {
  self.postMessage(response);
}

async function textOf(source: ExtractSource): Promise<string> {
  return source.kind === 'text' ? source.text : readUtf8File(source.file, source.name);
}

function repeatsAnId(records: readonly unknown[]): boolean {
  const seen = new Set<unknown>();
  for (const record of records) {
    const id = (record as { la_child_id?: unknown } | null)?.la_child_id;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

function problem(extract: ExtractIndex, finding: Finding): ExtractProblem {
  return { extract, rule: finding.rule, message: finding.message, hint: finding.hint };
}

async function read(request: Extract<CompareRequest, { type: 'read' }>): Promise<void> {
  kept = null;
  const today = new Date(request.today);
  const records: unknown[][] = [];
  const unreadable: ExtractProblem[] = [];
  const duplicates: ExtractProblem[] = [];
  const extracts = [];
  for (const [index, source] of request.sources.entries()) {
    const extract = index as ExtractIndex;
    reply({ id: request.id, type: 'progress', message: `Reading ${source.name}` });
    const text = await textOf(source);
    const read = readExtract(text);
    extracts.push({
      name: source.name,
      bytes: source.kind === 'file' ? source.file.size : text.length,
      records: read.records.length,
    });
    records.push(read.records);
    for (const finding of read.unreadable) unreadable.push(problem(extract, finding));
    if (read.unreadable.length > 0) continue;
    // A whole check costs as much as the comparison: run it only when it has a duplicate to report.
    if (!repeatsAnId(read.records)) continue;
    reply({ id: request.id, type: 'progress', message: `Checking ${source.name}` });
    const report = validate(read.records, { mode: 'full', today });
    for (const finding of report.findings)
      if (finding.rule === 'duplicate-child-id') duplicates.push(problem(extract, finding));
  }
  const [previous = [], current = []] = records;
  const warnings = unreadable.length > 0 ? [] : extractWarnings(previous, current, today);
  if (unreadable.length === 0) kept = { records: [previous, current], today };
  reply({ id: request.id, type: 'read', preflight: { extracts, unreadable, duplicates, warnings } });
}

function counts(run: ExtractComparison['delta']): SendCounts {
  const counted: SendCounts = {
    full: 0,
    partial: 0,
    delete: 0,
    requests: run.requests.length,
    fullFallbacks: 0,
  };
  for (const send of run.plan.sends) counted[send.kind] += 1;
  counted.fullFallbacks = run.plan.fullFallbacks.length;
  return counted;
}

function compare(request: Extract<CompareRequest, { type: 'compare' }>): void {
  if (kept === null) throw new Error('There are no extracts to compare: choose them and select Compare.');
  const started = performance.now();
  const result = compareExtracts(kept.records[0], kept.records[1], {
    today: kept.today,
    onStage: (stage) => reply({ id: request.id, type: 'progress', message: stageMessages[stage] }),
  });
  const newChildren: string[] = [];
  const changed: Comparison['changed'] = [];
  let changedCount = 0;
  for (const send of result.delta.plan.sends) {
    if (send.kind === 'delete') continue;
    const sent = result.sentRecords.get(send.laChildId);
    if (sent === undefined) {
      newChildren.push(send.laChildId);
      continue;
    }
    changedCount += 1;
    if (changed.length < changedListed)
      changed.push({
        laChildId: send.laChildId,
        changes: fieldChanges(JSON.parse(sent), JSON.parse(send.record as string)),
      });
  }
  const download = (partial: boolean) =>
    new Blob(
      [
        payloadDownloadText({
          command: payloadCommand(partial, !result.vanishedShare.allowed),
          requests: (partial ? result.partial : result.delta).requests,
        }),
      ],
      { type: 'application/json' },
    );
  const comparison: Comparison = {
    held: result.delta.plan.held,
    unchanged: result.delta.plan.unchanged.length,
    newChildren,
    changedCount,
    changed,
    vanished: result.delta.plan.vanished,
    withheld: result.current.withheld,
    vanishedShare: result.vanishedShare,
    sends: { delta: counts(result.delta), partial: counts(result.partial) },
    downloads: { delta: download(false), partial: download(true) },
    ms: performance.now() - started,
  };
  reply({ id: request.id, type: 'compared', comparison });
}

async function handle(request: CompareRequest): Promise<void> {
  if (request.type === 'read') return read(request);
  return compare(request);
}

let queue: Promise<void> = Promise.resolve();

// Requests run one at a time, in order; the page drops answers it no longer wants.
self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      if (ranOutOfMemory(error)) kept = null;
      const message = ranOutOfMemory(error)
        ? outOfMemoryMessage
        : error instanceof NotUtf8Error
          ? error.message
          : `The comparison stopped because of a bug: ${error instanceof Error ? error.message : String(error)}`;
      reply({ id: request.id, type: 'failed', message });
    }),
  );
});
