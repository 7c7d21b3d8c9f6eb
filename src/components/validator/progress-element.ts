// <csc-v-progress> (browser main thread): the running check's progress bar and the page's status line, which
// screen readers announce.
import { part } from './dom.ts';
import { StoreElement } from './store-element.ts';
import { store } from './validator-store.ts';

class ProgressElement extends StoreElement {
  connectedCallback(): void {
    const box = part(this, '[data-progress]');
    const bar = part<HTMLProgressElement>(this, '[data-progress-bar]');
    const label = part(this, '[data-progress-label]');
    this.watch(store.progress, (progress, previous) => {
      box.hidden = progress === null;
      if (!progress) return;
      if (progress.percent === null) bar.removeAttribute('value');
      else bar.value = progress.percent;
      // The label changes only with the stage, so screen readers are not flooded.
      if (progress.label !== previous?.label) label.textContent = progress.label;
    });
    const status = part(this, '[data-status]');
    this.watch(store.status, (text) => {
      status.textContent = text;
    });
  }
}

customElements.define('csc-v-progress', ProgressElement);
