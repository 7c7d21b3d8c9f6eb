// Builds the printed list of a check's findings (browser main thread): shown only in print, with identifying
// values masked unless the user chose to include them.
import { h } from './dom.ts';
import { totalsOf } from './finding-groups.ts';
import { maskFinding } from './findings-export.ts';
import type { Checked } from './validator-store.ts';
import { printText } from './validator-text.ts';

export function printView(checked: Checked, showIdentifiers: boolean): HTMLElement {
  const totals = totalsOf(checked.results);
  const findings = showIdentifiers ? checked.findings : checked.findings.map(maskFinding);
  const names = checked.results.map((result) => result.name);
  return h(
    'section',
    { class: 'csc-v-print', 'aria-hidden': 'true' },
    h('h1', {}, printText.title),
    h('p', {}, printText.facts(names, checked.spec, checked.mode, totals, showIdentifiers)),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...printText.columns.map((name) => h('th', {}, name)))),
      h(
        'tbody',
        {},
        ...findings.map((finding) =>
          h(
            'tr',
            {},
            h('td', {}, finding.record === null ? '' : finding.record + 1),
            h('td', {}, finding.childId ?? ''),
            h('td', {}, finding.severity),
            h('td', {}, finding.consequence),
            h('td', {}, finding.rule),
            h('td', {}, finding.message),
            h('td', {}, finding.path || '/'),
          ),
        ),
      ),
    ),
  );
}
