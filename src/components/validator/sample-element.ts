// <csc-v-sample> (browser main thread): loads a generated sample batch, valid or with typical problems, into
// the editor. The worker makes it from the validator's own code sets.
import { part } from './dom.ts';
import { openInEditor } from './file-intake.ts';
import { sampleRecords, sampleSeed } from './limits.ts';
import { StoreElement } from './store-element.ts';
import { store } from './validator-store.ts';
import { inputText, statusText } from './validator-text.ts';
import type { SampleKind } from './worker-protocol.ts';

class SampleElement extends StoreElement {
  connectedCallback(): void {
    part(this, '[data-load-sample]').addEventListener('click', () => void this.#load());
  }

  async #load(): Promise<void> {
    const client = store.client.get();
    if (!client) {
      store.status.set(statusText.starting);
      return;
    }
    const kind = part<HTMLSelectElement>(this, '[data-sample]').value as SampleKind;
    try {
      const answer = await client.request({
        type: 'sample',
        kind,
        spec: store.spec.get(),
        count: sampleRecords,
        seed: sampleSeed,
      });
      if (!answer) return;
      openInEditor(inputText.sampleNames[kind], answer.text);
      store.status.set(statusText.sampleLoaded(answer.records));
    } catch (error) {
      store.status.set(error instanceof Error ? error.message : String(error));
    }
  }
}

customElements.define('csc-v-sample', SampleElement);
