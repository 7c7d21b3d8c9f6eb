// <csc-v-downloads> (browser main thread): the findings as CSV, JSON or a print view, made in the page from
// the last check, with identifying values masked unless the user ticks the box.
import { part } from './dom.ts';
import { downloadFile } from './download-file.ts';
import { totalsOf } from './finding-groups.ts';
import { findingsToCsv, findingsToJson } from './findings-export.ts';
import { printView } from './print-view.ts';
import { StoreElement } from './store-element.ts';
import { type Checked, store } from './validator-store.ts';
import { downloadName } from './validator-text.ts';

function downloadCsv(checked: Checked, showIdentifiers: boolean): void {
  downloadFile(
    downloadName('csv'),
    'text/csv;charset=utf-8',
    findingsToCsv(checked.findings, { showIdentifiers }),
  );
}

function downloadJson(checked: Checked, showIdentifiers: boolean): void {
  const context = {
    spec: checked.spec,
    mode: checked.mode,
    totals: totalsOf(checked.results),
    files: checked.results.map((result) => ({ name: result.name, records: result.report.summary.records })),
  };
  downloadFile(
    downloadName('json'),
    'application/json',
    findingsToJson(checked.findings, context, { showIdentifiers }),
  );
}

function print(checked: Checked, showIdentifiers: boolean): void {
  document.querySelector('.csc-v-print')?.remove();
  document.body.append(printView(checked, showIdentifiers));
  window.print();
}

const exports: Record<string, (checked: Checked, showIdentifiers: boolean) => void> = {
  csv: downloadCsv,
  json: downloadJson,
  print,
};

class DownloadsElement extends StoreElement {
  connectedCallback(): void {
    const identifiers = part<HTMLInputElement>(this, '[data-show-identifiers]');
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => {
        const checked = store.results.get().checked;
        const run = exports[button.dataset.export ?? ''];
        if (checked && run) run(checked, identifiers.checked);
      });
    }
  }
}

customElements.define('csc-v-downloads', DownloadsElement);
