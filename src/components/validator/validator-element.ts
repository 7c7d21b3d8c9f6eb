// The <csc-validator> custom element (browser main thread): wires the validator page's form, files, samples,
// worker, editor, results and downloads. The worker and Monaco start once the page is interactive.
import { decodeUtf8, encodingProblemMessage } from 'csc-api-validator/utf8-text';
import { CheckClient } from './check-client.ts';
import { h, part } from './dom.ts';
import {
  childKey,
  countOf,
  type FindingFilter,
  filterFindings,
  flattenFindings,
  groupByChild,
  groupByRule,
  noFilter,
  type ShownFinding,
  totalsOf,
} from './finding-groups.ts';
import { findingsToCsv, findingsToJson, maskFinding } from './findings-export.ts';
import { renderChildTable, renderInputProblem, renderRuleGroups, renderSummary } from './results-view.ts';
import { TextareaEditor, type TextEditor } from './text-editor.ts';
import type {
  CheckedSource,
  CheckSource,
  Position,
  ProgressStage,
  ResponseOf,
  RuleInfo,
  SampleKind,
  ValidationMode,
} from './worker-protocol.ts';

/** Above this size a file is checked without opening it in the editor. */
const editorLimitBytes = 5 * 1024 * 1024;
const sampleRecords = 20;
const sampleSeed = 20_260_401;
const stageNames: Record<ProgressStage, string> = {
  reading: 'Reading',
  parsing: 'Reading the JSON',
  schema: 'Checking against the schema',
  rules: 'Checking the business rules',
};

interface Checked {
  results: CheckedSource[];
  rules: RuleInfo[];
  findings: ShownFinding[];
  spec: string;
  mode: string;
  /** Whether the (single) source is the editor's text, so findings can be shown there. */
  inEditor: boolean;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function isJsonFile(file: File): boolean {
  return /\.(json|ndjson|jsonl)$/i.test(file.name);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

class ValidatorElement extends HTMLElement {
  #client: CheckClient | null = null;
  #editor: TextEditor | null = null;
  #editorName = 'Pasted JSON';
  #pendingFiles: File[] = [];
  #checked: Checked | null = null;
  #filter: FindingFilter = { ...noFilter };
  #view: 'rule' | 'child' = 'rule';
  #pageTitle = document.title;

  connectedCallback(): void {
    this.#editor = new TextareaEditor(part<HTMLTextAreaElement>(this, '[data-textarea]'));
    this.#wireForm();
    this.#wireResults();
    // Start the worker and Monaco once the page is interactive, so neither delays the first paint.
    const start = () => this.#start();
    if (document.readyState === 'complete') setTimeout(start, 0);
    else window.addEventListener('load', start, { once: true });
  }

  #start(): void {
    const monacoReady = this.#loadMonaco();
    this.#client = new CheckClient(
      new Worker(new URL('./validator.worker.ts', import.meta.url), {
        type: 'module',
        name: 'csc-api-validator',
      }),
    );
    // Tests and the browser benchmark wait for this before they use the page.
    void monacoReady.finally(() => {
      this.dataset.ready = 'true';
    });
  }

  async #loadMonaco(): Promise<void> {
    try {
      const { createMonacoEditor } = await import('./monaco-text-editor.ts');
      const host = part(this, '[data-editor-host]');
      const textarea = part<HTMLTextAreaElement>(this, '[data-textarea]');
      const text = textarea.value;
      textarea.remove();
      host.classList.add('csc-v-editor--monaco');
      this.#editor = createMonacoEditor(host, text, 'JSON to check');
      this.#editor.onChange(() => this.#editorChanged());
      // Load the editor's icon font now, so nothing is fetched later while the user checks data.
      await document.fonts.load('16px codicon');
      // Monaco's input names itself ('JSON to check'); it also gets the hint, and the label focuses it.
      const monacoInput = host.querySelector<HTMLElement>('[role="textbox"], textarea');
      monacoInput?.setAttribute('aria-describedby', 'csc-v-text-hint');
      const label = this.querySelector<HTMLLabelElement>('label[for="csc-v-text"]');
      label?.removeAttribute('for');
      label?.addEventListener('click', () => monacoInput?.focus());
    } catch (error) {
      // The textarea stays usable if Monaco cannot load.
      console.error('The editor could not load; the plain text box is still available.', error);
    }
  }

  #editorChanged(): void {
    // Markers belong to the text that was checked; once it changes they may point at the wrong place.
    this.#editor?.setMarkers([]);
  }

  #wireForm(): void {
    const form = part<HTMLFormElement>(this, '[data-form]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#check();
    });
    const fileInput = part<HTMLInputElement>(this, '[data-file-input]');
    fileInput.addEventListener('change', () => void this.#takeFiles([...(fileInput.files ?? [])]));
    part(this, '[data-clear-files]').addEventListener('click', () => {
      this.#setPendingFiles([]);
      fileInput.value = '';
      fileInput.focus();
    });
    part(this, '[data-load-sample]').addEventListener('click', () => void this.#loadSample());
    this.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) {
        event.preventDefault();
        this.classList.add('csc-v-dragging');
      }
    });
    this.addEventListener('dragleave', () => this.classList.remove('csc-v-dragging'));
    this.addEventListener('drop', (event) => {
      this.classList.remove('csc-v-dragging');
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void this.#takeFiles(files);
    });
  }

  #wireResults(): void {
    const severity = part<HTMLSelectElement>(this, '[data-filter-severity]');
    const rule = part<HTMLSelectElement>(this, '[data-filter-rule]');
    const child = part<HTMLInputElement>(this, '[data-filter-child]');
    const update = () => {
      this.#filter = {
        severity: severity.value as FindingFilter['severity'],
        rule: rule.value,
        childId: child.value,
      };
      this.#renderFindings();
    };
    severity.addEventListener('change', update);
    rule.addEventListener('change', update);
    let timer = 0;
    child.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(update, 200);
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-view]')) {
      radio.addEventListener('change', () => {
        this.#view = radio.value === 'child' ? 'child' : 'rule';
        this.#renderFindings();
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => this.#export(button.dataset.export ?? ''));
    }
  }

  async #takeFiles(files: File[]): Promise<void> {
    const summary = part(this, '[data-summary]');
    const wrong = files.filter((file) => !isJsonFile(file));
    if (wrong.length > 0) {
      renderInputProblem(
        summary,
        `The selected file ${wrong[0]?.name} must be a .json or .ndjson file`,
        'csc-v-files',
      );
      this.#showProblem(summary);
      return;
    }
    const only = files[0];
    if (files.length === 1 && only && only.size <= editorLimitBytes) {
      const decoded = decodeUtf8(new Uint8Array(await only.arrayBuffer()));
      if (decoded.problem !== undefined) {
        renderInputProblem(summary, encodingProblemMessage(only.name, decoded.problem), 'csc-v-files');
        this.#showProblem(summary);
        return;
      }
      this.#setPendingFiles([]);
      this.#editor?.setValue(decoded.text);
      this.#editorName = only.name;
      this.#status(`${only.name} is in the editor. Select Check to check it.`);
      return;
    }
    this.#setPendingFiles(files);
  }

  #setPendingFiles(files: File[]): void {
    this.#pendingFiles = files;
    const box = part(this, '[data-files]');
    box.hidden = files.length === 0;
    part(this, '[data-files-text]').textContent =
      files.length === 0
        ? ''
        : `${countOf(files.length, 'file')} will be checked without opening in the editor: ${files
            .map((file) => `${file.name} (${formatBytes(file.size)})`)
            .join(', ')}.`;
    if (files.length > 0)
      this.#status(`${countOf(files.length, 'file')} chosen. Select Check to check them.`);
  }

  async #loadSample(): Promise<void> {
    const client = this.#client;
    if (!client) {
      this.#status('The checker is still starting. Try again in a moment.');
      return;
    }
    const kind = part<HTMLSelectElement>(this, '[data-sample]').value as SampleKind;
    const spec = part<HTMLSelectElement>(this, '[data-spec]').value;
    try {
      const answer = await client.request({
        type: 'sample',
        kind,
        spec,
        count: sampleRecords,
        seed: sampleSeed,
      });
      if (!answer) return;
      this.#setPendingFiles([]);
      this.#editor?.setValue(answer.text);
      this.#editorName = kind === 'valid' ? 'Sample: a valid batch' : 'Sample: a batch with typical problems';
      this.#status(`Sample loaded: ${countOf(answer.records, 'record')}. Select Check to check it.`);
    } catch (error) {
      this.#status(error instanceof Error ? error.message : String(error));
    }
  }

  #status(text: string): void {
    part(this, '[data-status]').textContent = text;
  }

  #showProblem(summary: HTMLElement): void {
    document.title = `Error: ${this.#pageTitle}`;
    part(this, '[data-results]').hidden = true;
    summary.focus();
  }

  async #check(): Promise<void> {
    const summary = part(this, '[data-summary]');
    const client = this.#client;
    if (!client) {
      this.#status('The checker is still starting. Try again in a moment.');
      return;
    }
    const inEditor = this.#pendingFiles.length === 0;
    const sources: CheckSource[] = inEditor
      ? [{ kind: 'text', name: this.#editorName, text: this.#editor?.getValue() ?? '' }]
      : this.#pendingFiles.map((file) => ({ kind: 'file', name: file.name, file }));
    if (inEditor && sources[0]?.kind === 'text' && sources[0].text.trim() === '') {
      renderInputProblem(summary, 'Enter JSON to check, or choose files', 'csc-v-files');
      this.#showProblem(summary);
      return;
    }
    const spec = part<HTMLSelectElement>(this, '[data-spec]').value;
    const mode = part<HTMLSelectElement>(this, '[data-mode]').value as ValidationMode;
    const progress = part(this, '[data-progress]');
    const bar = part<HTMLProgressElement>(this, '[data-progress-bar]');
    const label = part(this, '[data-progress-label]');
    progress.hidden = false;
    bar.removeAttribute('value');
    label.textContent = 'Starting the check';
    this.#status('Checking…');
    this.setAttribute('aria-busy', 'true');
    let lastStage = '';
    const onProgress = (update: ResponseOf<'progress'>) => {
      const files = update.sources > 1 ? ` (file ${update.source + 1} of ${update.sources})` : '';
      const text = `${stageNames[update.stage]}${files}`;
      if (update.total > 0) bar.value = (update.done / update.total) * 100;
      if (text !== lastStage) {
        lastStage = text;
        label.textContent = text;
      }
    };
    try {
      const answer = await client.request({ type: 'check', sources, spec, mode }, onProgress);
      if (!answer) return;
      // Where the time went, for the browser benchmark (bench/browser-bench.ts).
      this.dataset.readMs = answer.results.reduce((sum, result) => sum + result.readMs, 0).toFixed(0);
      this.dataset.checkMs = answer.results.reduce((sum, result) => sum + result.checkMs, 0).toFixed(0);
      this.dataset.workerMs = answer.ms.toFixed(0);
      this.#showResults({
        results: answer.results,
        rules: answer.rules,
        findings: flattenFindings(answer.results),
        spec: answer.results[0]?.report.spec ?? spec,
        mode: answer.results[0]?.report.mode ?? mode,
        inEditor,
      });
    } catch (error) {
      renderInputProblem(summary, error instanceof Error ? error.message : String(error), 'csc-v-files');
      this.#showProblem(summary);
    } finally {
      progress.hidden = true;
      this.removeAttribute('aria-busy');
    }
  }

  #showResults(checked: Checked): void {
    this.#checked = checked;
    const summary = part(this, '[data-summary]');
    const totals = totalsOf(checked.results);
    const groups = groupByRule(checked.findings, checked.rules);
    const rejected = renderSummary(summary, {
      totals,
      results: checked.results,
      groups,
      spec: checked.spec,
      mode: checked.mode,
    });
    document.title = rejected ? `Error: ${this.#pageTitle}` : this.#pageTitle;
    this.#status(
      rejected
        ? `Check finished: not ready to send, ${countOf(totals.errors, 'error')} and ${countOf(totals.warnings, 'warning')}.`
        : totals.outcome === 'ready-with-findings'
          ? `Check finished: ready to send, with ${countOf(totals.dataQualityErrors, 'data-quality error')} and ${countOf(totals.warnings, 'warning')}.`
          : 'Check finished: ready to send.',
    );

    const ruleSelect = part<HTMLSelectElement>(this, '[data-filter-rule]');
    ruleSelect.replaceChildren(
      h('option', { value: '' }, 'All rules'),
      ...groups.map((group) =>
        h('option', { value: group.rule }, `${group.title} (${group.findings.length})`),
      ),
    );
    this.#filter = { ...noFilter };
    part<HTMLSelectElement>(this, '[data-filter-severity]').value = 'all';
    part<HTMLInputElement>(this, '[data-filter-child]').value = '';
    part(this, '[data-results]').hidden = checked.findings.length === 0;
    this.#renderFindings();
    this.#markEditor(checked);
    summary.focus();
  }

  #markEditor(checked: Checked): void {
    const positions = checked.inEditor ? checked.results[0]?.positions : null;
    if (!positions) {
      this.#editor?.setMarkers([]);
      return;
    }
    this.#editor?.setMarkers(
      checked.findings.flatMap((finding) => {
        const position = positions[finding.index];
        return position ? [{ ...position, severity: finding.severity, message: finding.message }] : [];
      }),
    );
  }

  #renderFindings(): void {
    const checked = this.#checked;
    if (!checked) return;
    const shown = filterFindings(checked.findings, this.#filter);
    part(this, '[data-shown]').textContent =
      shown.length === checked.findings.length
        ? `Showing all ${countOf(shown.length, 'finding')}.`
        : `Showing ${shown.length.toLocaleString('en-GB')} of ${countOf(checked.findings.length, 'finding')}.`;
    const actions = {
      rulesUrl: this.dataset.rulesUrl ?? '',
      inEditor: () => checked.inEditor,
      choose: (finding: ShownFinding) => void this.#choose(finding),
      showChild: (childId: string) => {
        const child = part<HTMLInputElement>(this, '[data-filter-child]');
        child.value = childId;
        this.#filter = { ...this.#filter, childId };
        const byRule = this.querySelector<HTMLInputElement>('[data-view][value="rule"]');
        if (byRule) byRule.checked = true;
        this.#view = 'rule';
        this.#renderFindings();
        child.focus();
      },
    };
    const container = part(this, '[data-findings]');
    if (this.#view === 'child') renderChildTable(container, groupByChild(shown), actions);
    else renderRuleGroups(container, groupByRule(shown, checked.rules), actions, checked.results.length > 1);
  }

  async #choose(finding: ShownFinding): Promise<void> {
    const checked = this.#checked;
    const client = this.#client;
    if (!checked || !client) return;
    if (checked.inEditor) {
      let position: Position | null | undefined = checked.results[finding.source]?.positions?.[finding.index];
      if (position === undefined) {
        const answer = await client.request({
          type: 'locate',
          source: finding.source,
          pointers: [finding.path],
        });
        position = answer?.positions[0];
      }
      if (position) this.#editor?.reveal(position);
      return;
    }
    if (finding.record === null) {
      this.#status(`This finding is about the whole file ${finding.sourceName}, not one record.`);
      return;
    }
    try {
      const answer = await client.request({
        type: 'record',
        source: finding.source,
        record: finding.record,
        pointer: finding.path,
      });
      if (answer) this.#showRecord(finding, answer.text, answer.line);
    } catch (error) {
      this.#status(error instanceof Error ? error.message : String(error));
    }
  }

  #showRecord(finding: ShownFinding, text: string, line: number | null): void {
    const dialog = part<HTMLDialogElement>(this, '[data-record-dialog]');
    part(dialog, '[data-record-heading]').textContent =
      `Record ${((finding.record ?? 0) + 1).toLocaleString('en-GB')} of ${finding.sourceName}`;
    part(dialog, '[data-record-where]').textContent =
      `${childKey(finding)}: ${finding.message}${line ? ` (line ${line} below)` : ''}`;
    const pre = part(dialog, '[data-record-text]');
    pre.replaceChildren(
      ...text.split('\n').map((content, index) =>
        h(
          'span',
          {
            class: index + 1 === line ? 'csc-v-record-line csc-v-record-line--found' : 'csc-v-record-line',
          },
          h('span', { class: 'csc-v-record-number', 'aria-hidden': 'true' }, index + 1),
          `${content}\n`,
        ),
      ),
    );
    dialog.showModal();
    pre.querySelector('.csc-v-record-line--found')?.scrollIntoView({ block: 'center' });
    pre.focus();
  }

  #export(kind: string): void {
    const checked = this.#checked;
    if (!checked) return;
    const showIdentifiers = part<HTMLInputElement>(this, '[data-show-identifiers]').checked;
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'csv') {
      download(
        `csc-findings-${stamp}.csv`,
        'text/csv;charset=utf-8',
        findingsToCsv(checked.findings, { showIdentifiers }),
      );
    } else if (kind === 'json') {
      const context = {
        spec: checked.spec,
        mode: checked.mode,
        totals: totalsOf(checked.results),
        files: checked.results.map((result) => ({
          name: result.name,
          records: result.report.summary.records,
        })),
      };
      download(
        `csc-findings-${stamp}.json`,
        'application/json',
        findingsToJson(checked.findings, context, { showIdentifiers }),
      );
    } else if (kind === 'print') {
      this.#print(checked, showIdentifiers);
    }
  }

  #print(checked: Checked, showIdentifiers: boolean): void {
    document.querySelector('.csc-v-print')?.remove();
    const totals = totalsOf(checked.results);
    const findings = showIdentifiers ? checked.findings : checked.findings.map(maskFinding);
    const view = h(
      'section',
      { class: 'csc-v-print', 'aria-hidden': 'true' },
      h('h1', {}, 'CSC API data check'),
      h(
        'p',
        {},
        `${checked.results.map((result) => result.name).join(', ')} · specification ${checked.spec} · ${checked.mode} · `,
        `${countOf(totals.records, 'record')}, ${countOf(totals.errors, 'error')}, ${countOf(totals.warnings, 'warning')}`,
        showIdentifiers ? '' : ' · identifying values hidden',
      ),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Record', 'Child ID', 'Severity', 'Consequence', 'Rule', 'Message', 'Location'].map((name) =>
              h('th', {}, name),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...findings.map((finding) =>
            h(
              'tr',
              {},
              h('td', {}, finding.record === null ? '' : finding.record + 1),
              h('td', {}, finding.childId ?? ''),
              h('td', {}, finding.severity),
              h('td', {}, finding.consequence),
              h('td', {}, finding.rule),
              h('td', {}, finding.message),
              h('td', {}, finding.path || '/'),
            ),
          ),
        ),
      ),
    );
    document.body.append(view);
    window.print();
  }
}

customElements.define('csc-validator', ValidatorElement);
