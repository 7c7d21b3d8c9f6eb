// <csc-v-findings> (browser main thread): how many findings the filters show, and the findings themselves,
// grouped by rule or listed by child.

import { renderChildTable } from './child-table-view.ts';
import { part } from './dom.ts';
import { filterFindings, groupByChild, groupByRule } from './finding-groups.ts';
import { revealFinding } from './reveal-finding.ts';
import { renderRuleGroups } from './rule-groups-view.ts';
import { StoreElement } from './store-element.ts';
import { type Results, store } from './validator-store.ts';
import { findingText } from './validator-text.ts';

/** Filters the findings to one child, shown by rule: what the per-child view's buttons do. */
function showChild(childId: string): void {
  const results = store.results.get();
  store.results.set({ ...results, filter: { ...results.filter, childId }, view: 'rule' });
}

class FindingsElement extends StoreElement {
  connectedCallback(): void {
    const shownText = part(this, '[data-shown]');
    const list = part(this, '[data-findings]');
    const rulesUrl = this.dataset.rulesUrl ?? '';
    this.watch(store.results, ({ checked, filter, view }: Results) => {
      if (!checked) return;
      const shown = filterFindings(checked.findings, filter);
      shownText.textContent = findingText.shown(shown.length, checked.findings.length);
      if (view === 'child') {
        renderChildTable(list, groupByChild(shown), showChild);
        return;
      }
      const actions = {
        rulesUrl,
        inEditor: checked.inEditor,
        choose: (f: (typeof shown)[number]) => void revealFinding(f),
      };
      renderRuleGroups(list, groupByRule(shown, checked.rules), actions, checked.results.length > 1);
    });
  }
}

customElements.define('csc-v-findings', FindingsElement);
