// <csc-v-editor> (browser main thread): the text to check. A plain textarea works at once; Monaco takes its
// place once the page is interactive. Findings of the editor's text are marked in it until the text changes.
import { part } from './dom.ts';
import { afterPageLoad, StoreElement } from './store-element.ts';
import { TextareaEditor, type TextEditor } from './text-editor.ts';
import { type Checked, store } from './validator-store.ts';
import { formText, inputText } from './validator-text.ts';

function markers(checked: Checked | null): Parameters<TextEditor['setMarkers']>[0] {
  const positions = checked?.inEditor ? checked.results[0]?.positions : null;
  if (!checked || !positions) return [];
  return checked.findings.flatMap((finding) => {
    const position = positions[finding.index];
    return position ? [{ ...position, severity: finding.severity, message: finding.message }] : [];
  });
}

class EditorElement extends StoreElement {
  connectedCallback(): void {
    store.editor.set(new TextareaEditor(part<HTMLTextAreaElement>(this, '[data-textarea]')));
    this.watch(store.results, (results, previous) => {
      if (results.checked !== previous?.checked) store.editor.get()?.setMarkers(markers(results.checked));
    });
    afterPageLoad(() => {
      void this.#loadMonaco().finally(() => store.editorSettled.set(true));
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
      const editor = createMonacoEditor(host, text, formText.editorLabel);
      // Markers belong to the text that was checked; once it changes they may point at the wrong place.
      editor.onChange(() => editor.setMarkers([]));
      store.editor.set(editor);
      // Load the editor's icon font now, so nothing is fetched later while the user checks data.
      await document.fonts.load('16px codicon');
      // Monaco's input names itself; it also gets the hint, and the label focuses it.
      const input = host.querySelector<HTMLElement>('[role="textbox"], textarea');
      input?.setAttribute('aria-describedby', 'csc-v-text-hint');
      const label = this.querySelector<HTMLLabelElement>('label[for="csc-v-text"]');
      label?.removeAttribute('for');
      label?.addEventListener('click', () => input?.focus());
    } catch (error) {
      // The textarea stays usable if Monaco cannot load.
      console.error(inputText.editorUnavailable, error);
    }
  }
}

customElements.define('csc-v-editor', EditorElement);
