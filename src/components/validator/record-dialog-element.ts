// <csc-v-record-dialog> (browser main thread): shows a record of a file too big for the editor, with line
// numbers and the finding's line highlighted and scrolled into view.
import { h, part } from './dom.ts';
import { StoreElement } from './store-element.ts';
import { store } from './validator-store.ts';
import { findingText } from './validator-text.ts';

class RecordDialogElement extends StoreElement {
  connectedCallback(): void {
    const dialog = part<HTMLDialogElement>(this, '[data-record-dialog]');
    const heading = part(dialog, '[data-record-heading]');
    const where = part(dialog, '[data-record-where]');
    const pre = part(dialog, '[data-record-text]');
    this.watch(store.record, (record) => {
      if (!record) return;
      const { finding, text, line } = record;
      heading.textContent = findingText.recordHeading(finding);
      where.textContent = findingText.recordWhere(finding, line);
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
    });
  }
}

customElements.define('csc-v-record-dialog', RecordDialogElement);
