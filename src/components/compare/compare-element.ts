// The <csc-compare> element (browser main thread): takes the two extracts from the form, checks they fit
// in memory, has the worker read and plan them, shows any doubt about the pair before the comparison,
// then the results. Answers to a request a newer one replaced are dropped.
import { part } from '../validator/dom.ts';
import { downloadFile } from '../validator/download-file.ts';
import type {
  CompareRequest,
  CompareResponse,
  Comparison,
  ExtractSource,
  Preflight,
} from './compare-protocol.ts';
import {
  extractLabels,
  type ProblemLink,
  problemText,
  renderChanged,
  renderLists,
  renderOverview,
  renderProblems,
} from './compare-results-view.ts';
import { pageMemoryLimit, tooLargeMessage } from './memory-budget.ts';

type RequestBody = CompareRequest extends infer R
  ? R extends CompareRequest
    ? Omit<R, 'id'>
    : never
  : never;

const keys = ['previous', 'current'] as const;
const fileInputId = (index: number) => `csc-c-${keys[index]}-file`;
const downloadNames = {
  delta: 'csc-api-delta-requests.json',
  partial: 'csc-api-delta-partial-requests.json',
};

class CscCompare extends HTMLElement {
  #worker: Worker | null = null;
  #latest = 0;
  #preflight: Preflight | null = null;
  #comparison: Comparison | null = null;
  readonly #title = document.title;

  connectedCallback(): void {
    this.#worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.addEventListener('message', (event: MessageEvent<CompareResponse>) =>
      this.#receive(event.data),
    );
    this.#worker.addEventListener('error', () =>
      this.#problems([
        { message: 'The comparison stopped: the browser could not run it.', target: fileInputId(0) },
      ]),
    );
    part(this, '[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#start();
    });
    part(this, '[data-compare-anyway]').addEventListener('click', () => this.#compare());
    part(this, '[data-show-identifiers]').addEventListener('change', () => this.#renderChanged());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-download]')) {
      button.addEventListener('click', () => this.#download(button.dataset.download as 'delta' | 'partial'));
    }
    this.dataset.ready = 'true';
  }

  #send(body: RequestBody): void {
    this.#latest += 1;
    this.#worker?.postMessage({ ...body, id: this.#latest } as CompareRequest);
  }

  #status(text: string): void {
    part(this, '[data-status]').textContent = text;
  }

  #reset(): void {
    const summary = part(this, '[data-summary]');
    summary.replaceChildren();
    summary.className = 'csc-v-summary';
    document.title = this.#title;
    part(this, '[data-warnings]').hidden = true;
    part(this, '[data-results]').hidden = true;
    this.#comparison = null;
  }

  #problems(problems: ProblemLink[]): void {
    const summary = part(this, '[data-summary]');
    renderProblems(summary, problems);
    document.title = `Error: ${this.#title}`;
    this.#status('');
    summary.focus();
  }

  #start(): void {
    this.#reset();
    const sources: ExtractSource[] = [];
    const missing: ProblemLink[] = [];
    let bytes = 0;
    for (const [index, key] of keys.entries()) {
      const fieldset = part(this, `[data-extract="${key}"]`);
      const file = part<HTMLInputElement>(fieldset, '[data-file]').files?.[0];
      const text = part<HTMLTextAreaElement>(fieldset, '[data-text]').value;
      const label = extractLabels[index] as string;
      if (file !== undefined) {
        sources.push({ kind: 'file', name: file.name, file });
        bytes += file.size;
      } else if (text.trim() !== '') {
        sources.push({ kind: 'text', name: label, text });
        bytes += text.length * 2;
      } else {
        missing.push({ message: `${label}: choose a file or paste the JSON`, target: fileInputId(index) });
      }
    }
    if (missing.length > 0) {
      this.#problems(missing);
      return;
    }
    const tooLarge = tooLargeMessage(bytes, pageMemoryLimit());
    if (tooLarge !== null) {
      this.#problems([{ message: tooLarge, target: fileInputId(0) }]);
      return;
    }
    this.#status('Reading the extracts');
    this.#send({
      type: 'read',
      sources: sources as [ExtractSource, ExtractSource],
      today: new Date().toISOString(),
    });
  }

  #compare(): void {
    part(this, '[data-warnings]').hidden = true;
    this.#send({ type: 'compare' });
  }

  #receive(response: CompareResponse): void {
    if (response.id !== this.#latest) return;
    switch (response.type) {
      case 'progress':
        this.#status(`${response.message}…`);
        break;
      case 'failed':
        this.#problems([{ message: response.message, target: fileInputId(0) }]);
        break;
      case 'read':
        this.#read(response.preflight);
        break;
      case 'compared':
        this.#show(response.comparison);
        break;
    }
  }

  #read(preflight: Preflight): void {
    this.#preflight = preflight;
    if (preflight.unreadable.length > 0) {
      this.#problems(
        preflight.unreadable.map((problem) => ({
          message: problemText(problem),
          target: fileInputId(problem.extract),
        })),
      );
      return;
    }
    if (preflight.warnings.length === 0) {
      this.#compare();
      return;
    }
    const list = part(this, '[data-warning-list]');
    list.replaceChildren(
      ...preflight.warnings.map((warning) => {
        const item = document.createElement('li');
        item.textContent = warning;
        return item;
      }),
    );
    const section = part(this, '[data-warnings]');
    section.hidden = false;
    this.#status('The extracts were read. Check the warning before you compare them.');
    part(section, 'h2').setAttribute('tabindex', '-1');
    part(section, 'h2').focus();
  }

  #show(comparison: Comparison): void {
    this.#comparison = comparison;
    const preflight = this.#preflight as Preflight;
    renderOverview(part(this, '[data-overview]'), comparison, preflight);
    renderLists(this, comparison, preflight);
    this.#renderChanged();
    part(this, '[data-results]').hidden = false;
    this.#status(`Compared in ${(comparison.ms / 1000).toFixed(1)} seconds.`);
  }

  #renderChanged(): void {
    if (this.#comparison === null) return;
    const show = part<HTMLInputElement>(this, '[data-show-identifiers]').checked;
    renderChanged(part(this, '[data-changed]'), this.#comparison, show);
  }

  #download(kind: 'delta' | 'partial'): void {
    if (this.#comparison === null) return;
    const blob = this.#comparison.downloads[kind];
    downloadFile(downloadNames[kind], blob.type, blob);
  }
}

customElements.define('csc-compare', CscCompare);
