// <csc-v-file-picker> (browser main thread): the file input, and the list of files waiting to be checked
// without opening in the editor, with the button that clears it.
import { part } from './dom.ts';
import { takeFiles } from './file-intake.ts';
import { StoreElement } from './store-element.ts';
import { store } from './validator-store.ts';
import { inputText } from './validator-text.ts';

class FilePickerElement extends StoreElement {
  connectedCallback(): void {
    const input = part<HTMLInputElement>(this, '[data-file-input]');
    input.addEventListener('change', () => void takeFiles([...(input.files ?? [])]));
    part(this, '[data-clear-files]').addEventListener('click', () => {
      store.pendingFiles.set([]);
      input.value = '';
      input.focus();
    });
    const box = part(this, '[data-files]');
    const text = part(this, '[data-files-text]');
    this.watch(store.pendingFiles, (files) => {
      box.hidden = files.length === 0;
      text.textContent = inputText.pendingFiles(files);
    });
  }
}

customElements.define('csc-v-file-picker', FilePickerElement);
