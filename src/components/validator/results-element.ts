// <csc-v-results> (browser main thread): the findings section, shown after a check that found something and
// hidden again when the summary reports a problem with the request.
import { part } from './dom.ts';
import { StoreElement } from './store-element.ts';
import { store } from './validator-store.ts';

class ResultsElement extends StoreElement {
  connectedCallback(): void {
    const section = part(this, '[data-results]');
    this.watch(store.summary, (summary) => {
      section.hidden = summary?.kind !== 'checked' || summary.checked.findings.length === 0;
    });
  }
}

customElements.define('csc-v-results', ResultsElement);
