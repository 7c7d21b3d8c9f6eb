// <csc-validator>, the validator page's root element (browser main thread): starts the worker once the page
// is interactive, owns the form (its options, Check, files dropped on it) and says when the page is ready.
import { CheckClient } from './check-client.ts';
import { part } from './dom.ts';
import { takeFiles } from './file-intake.ts';
import { runCheck } from './run-check.ts';
import { afterPageLoad, StoreElement } from './store-element.ts';
import { store } from './validator-store.ts';
import type { ValidationMode } from './worker-protocol.ts';

class ValidatorElement extends StoreElement {
  connectedCallback(): void {
    this.#wireOptions();
    part<HTMLFormElement>(this, '[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#check();
    });
    this.#wireDrop();
    this.watch(store.progress, (progress) => this.toggleAttribute('aria-busy', progress !== null));
    // Tests and the browser benchmark wait for this before they use the page.
    const ready = () => {
      if (store.client.get() && store.editorSettled.get()) this.dataset.ready = 'true';
    };
    this.watch(store.client, ready);
    this.watch(store.editorSettled, ready);
    afterPageLoad(() => {
      const worker = new Worker(new URL('./validator.worker.ts', import.meta.url), {
        type: 'module',
        name: 'csc-api-validator',
      });
      store.client.set(new CheckClient(worker));
    });
  }

  #wireOptions(): void {
    const spec = part<HTMLSelectElement>(this, '[data-spec]');
    const mode = part<HTMLSelectElement>(this, '[data-mode]');
    const read = () => {
      store.spec.set(spec.value);
      store.mode.set(mode.value as ValidationMode);
    };
    read();
    spec.addEventListener('change', read);
    mode.addEventListener('change', read);
  }

  #wireDrop(): void {
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
      void takeFiles(files);
    });
  }

  async #check(): Promise<void> {
    const timings = await runCheck();
    if (timings) Object.assign(this.dataset, timings);
  }
}

customElements.define('csc-validator', ValidatorElement);
