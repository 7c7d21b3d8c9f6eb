// Runs a check of the editor's text or the chosen files in the worker (browser main thread), and puts the
// progress, the outcome and the findings in the store for the page's elements to show.
import { flattenFindings, groupByRule, noFilter, totalsOf } from './finding-groups.ts';
import { store } from './validator-store.ts';
import { inputText, progressText, statusText } from './validator-text.ts';
import type { CheckSource, ResponseOf } from './worker-protocol.ts';

/** Where a check's time went: the browser benchmark (bench/browser-bench.ts) reads these from the page. */
export interface CheckTimings {
  readMs: string;
  checkMs: string;
  workerMs: string;
}

function sourcesToCheck(): CheckSource[] {
  const files = store.pendingFiles.get();
  if (files.length > 0) return files.map((file) => ({ kind: 'file', name: file.name, file }));
  return [{ kind: 'text', name: store.editorName.get(), text: store.editor.get()?.getValue() ?? '' }];
}

function showProgress(update: ResponseOf<'progress'>): void {
  const percent =
    update.total > 0 ? (update.done / update.total) * 100 : (store.progress.get()?.percent ?? null);
  store.progress.set({ label: progressText.stage(update.stage, update.source, update.sources), percent });
}

export async function runCheck(): Promise<CheckTimings | null> {
  const client = store.client.get();
  if (!client) {
    store.status.set(statusText.starting);
    return null;
  }
  const sources = sourcesToCheck();
  const inEditor = sources[0]?.kind === 'text';
  if (sources[0]?.kind === 'text' && sources[0].text.trim() === '') {
    store.summary.set({ kind: 'problem', message: inputText.nothingEntered });
    return null;
  }
  const spec = store.spec.get();
  const mode = store.mode.get();
  store.progress.set({ label: progressText.starting, percent: null });
  store.status.set(statusText.checking);
  try {
    const answer = await client.request({ type: 'check', sources, spec, mode }, showProgress);
    if (!answer) return null;
    const findings = flattenFindings(answer.results);
    const checked = {
      results: answer.results,
      rules: answer.rules,
      findings,
      groups: groupByRule(findings, answer.rules),
      spec: answer.results[0]?.report.spec ?? spec,
      mode: answer.results[0]?.report.mode ?? mode,
      inEditor,
    };
    // A new check shows every finding again, through the view the user chose.
    store.results.set({ ...store.results.get(), checked, filter: noFilter });
    store.summary.set({ kind: 'checked', checked });
    store.status.set(statusText.finished(totalsOf(answer.results)));
    const { results } = answer;
    const sum = (pick: (result: (typeof results)[number]) => number) =>
      results.reduce((total, result) => total + pick(result), 0).toFixed(0);
    return {
      readMs: sum((result) => result.readMs),
      checkMs: sum((result) => result.checkMs),
      workerMs: answer.ms.toFixed(0),
    };
  } catch (error) {
    store.summary.set({ kind: 'problem', message: error instanceof Error ? error.message : String(error) });
    return null;
  } finally {
    store.progress.set(null);
  }
}
