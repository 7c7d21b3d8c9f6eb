// <csc-v-downloads> (browser main thread): the findings as CSV, Excel, JSON or a print view, made in the page
// from the last check, with identifying values masked unless the user ticks the box.
import { part } from './dom.ts';
import { downloadFile } from './download-file.ts';
import { totalsOf } from './finding-groups.ts';
import { findingsToCsv, findingsToJson } from './findings-export.ts';
import { printView } from './print-view.ts';
import { StoreElement } from './store-element.ts';
import { type Checked, store } from './validator-store.ts';
import { downloadName, statusText } from './validator-text.ts';

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

/** The workbook writer is a chunk of its own, fetched from this site only when the button is pressed. */
async function downloadXlsx(checked: Checked, showIdentifiers: boolean): Promise<void> {
  let writer: typeof import('./findings-workbook.ts');
  try {
    writer = await import('./findings-workbook.ts');
  } catch {
    store.status.set(statusText.excelUnavailable);
    return;
  }
  const bytes = await writer.findingsToXlsx(checked.findings, { showIdentifiers });
  downloadFile(downloadName('xlsx'), writer.xlsxType, bytes);
}

function print(checked: Checked, showIdentifiers: boolean): void {
  document.querySelector('.csc-v-print')?.remove();
  document.body.append(printView(checked, showIdentifiers));
  window.print();
}

const exports: Record<string, (checked: Checked, showIdentifiers: boolean) => void | Promise<void>> = {
  csv: downloadCsv,
  xlsx: downloadXlsx,
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
        if (checked && run) void run(checked, identifiers.checked);
      });
    }
  }
}

customElements.define('csc-v-downloads', DownloadsElement);
