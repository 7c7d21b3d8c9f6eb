// The editor the validator page pastes into (browser main thread). A plain textarea works at once;
// Monaco takes its place once loaded, keeping the same interface and text.
import type { Position } from './worker-protocol.ts';

export interface EditorMarker extends Position {
  severity: 'error' | 'warning';
  message: string;
}

export interface TextEditor {
  getValue(): string;
  setValue(text: string): void;
  /** Scrolls to, selects and focuses the place. */
  reveal(position: Position): void;
  setMarkers(markers: EditorMarker[]): void;
  onChange(listener: () => void): void;
}

/** The textarea the page starts with, before Monaco has loaded (or if it cannot load). */
export class TextareaEditor implements TextEditor {
  readonly #textarea: HTMLTextAreaElement;

  constructor(textarea: HTMLTextAreaElement) {
    this.#textarea = textarea;
  }

  getValue(): string {
    return this.#textarea.value;
  }

  setValue(text: string): void {
    this.#textarea.value = text;
  }

  reveal({ line, column }: Position): void {
    const lines = this.#textarea.value.split('\n');
    let offset = 0;
    for (let index = 0; index < line - 1 && index < lines.length; index++)
      offset += (lines[index]?.length ?? 0) + 1;
    offset += column - 1;
    this.#textarea.focus();
    this.#textarea.setSelectionRange(offset, offset);
  }

  setMarkers(): void {
    // A textarea cannot show markers; the findings list carries the same information.
  }

  onChange(listener: () => void): void {
    this.#textarea.addEventListener('input', listener);
  }
}
