// Monaco, self-hosted from the monaco-editor package (browser main thread). The page imports this module
// dynamically once it is interactive, so the editor's code never delays the first paint.
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/gotoLine/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import * as monaco from 'monaco-editor/editor/editor.api.js';
import type { EditorMarker, TextEditor } from './text-editor.ts';
import type { Position } from './worker-protocol.ts';

/** The one owner of every marker, so only our validator's findings are ever shown. */
export const markerOwner = 'csc-api-validator';

// Our validator is the only judge. Monaco's JSON language service (its own JSON and schema checks, its
// language worker and 1 MB of code) is not loaded at all: a small tokenizer colours the text instead.
const languageId = 'csc-json';
monaco.languages.register({ id: languageId, extensions: ['.json', '.ndjson'] });
monaco.languages.setLanguageConfiguration(languageId, {
  brackets: [
    ['{', '}'],
    ['[', ']'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '"', close: '"', notIn: ['string'] },
  ],
});
monaco.languages.setMonarchTokensProvider(languageId, {
  tokenizer: {
    root: [
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'type'],
      [/"(?:[^"\\]|\\.)*"?/, 'string'],
      [/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/[{}[\],:]/, 'delimiter'],
    ],
  },
});

function startEditorWorker(): Worker {
  return new Worker(new URL('./monaco-editor.worker.ts', import.meta.url), {
    type: 'module',
    name: 'monaco-editor',
  });
}

// Monaco asks for its worker lazily (on the first edit, for instance). Starting it now means its code is
// fetched while the page loads, so checking data never triggers a request, even offline.
let startedWorker: Worker | null = startEditorWorker();
self.MonacoEnvironment = {
  getWorker: () => {
    const worker = startedWorker ?? startEditorWorker();
    startedWorker = null;
    return worker;
  },
};

function themeName(): string {
  return document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs';
}

class MonacoTextEditor implements TextEditor {
  readonly #editor: monaco.editor.IStandaloneCodeEditor;
  readonly #model: monaco.editor.ITextModel;

  constructor(editor: monaco.editor.IStandaloneCodeEditor, model: monaco.editor.ITextModel) {
    this.#editor = editor;
    this.#model = model;
  }

  getValue(): string {
    return this.#model.getValue();
  }

  setValue(text: string): void {
    this.#model.setValue(text);
  }

  reveal({ line, column }: Position): void {
    this.#editor.setPosition({ lineNumber: line, column });
    this.#editor.revealPositionInCenter({ lineNumber: line, column });
    this.#editor.focus();
  }

  setMarkers(markers: EditorMarker[]): void {
    monaco.editor.setModelMarkers(
      this.#model,
      markerOwner,
      markers.map((marker) => {
        const lineLength =
          marker.line <= this.#model.getLineCount() ? this.#model.getLineMaxColumn(marker.line) : 1;
        return {
          severity: marker.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
          message: marker.message,
          startLineNumber: marker.line,
          startColumn: marker.column,
          endLineNumber: marker.line,
          endColumn: Math.max(marker.column + 1, lineLength),
        };
      }),
    );
  }

  onChange(listener: () => void): void {
    this.#model.onDidChangeContent(listener);
  }
}

/** Replaces the textarea inside `host` with a Monaco editor holding the same text. */
export function createMonacoEditor(host: HTMLElement, text: string, label: string): TextEditor {
  const model = monaco.editor.createModel(text, languageId);
  const editor = monaco.editor.create(host, {
    model,
    ariaLabel: label,
    theme: themeName(),
    automaticLayout: true,
    minimap: { enabled: false },
    wordBasedSuggestions: 'off',
    quickSuggestions: false,
    links: false,
    fontSize: 14,
    scrollBeyondLastLine: false,
    tabSize: 2,
    // Tab moves on to the next control, as everywhere else on the page, so keyboard users are never trapped.
    tabFocusMode: true,
  });
  // Follow Starlight's light/dark switch.
  new MutationObserver(() => monaco.editor.setTheme(themeName())).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  return new MonacoTextEditor(editor, model);
}
