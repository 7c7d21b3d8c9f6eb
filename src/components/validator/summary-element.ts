// <csc-v-summary> (browser main thread): the summary at the top of the page. It takes focus whenever it
// changes, and the page title starts with "Error: " while it reports a problem (the GOV.UK pattern).
import { totalsOf } from './finding-groups.ts';
import { StoreElement } from './store-element.ts';
import { renderInputProblem, renderSummary } from './summary-view.ts';
import { store } from './validator-store.ts';
import { summaryText } from './validator-text.ts';

/** Where a problem with the request links to: the first input of the form. */
const problemTarget = 'csc-v-files';

class SummaryElement extends StoreElement {
  connectedCallback(): void {
    const pageTitle = document.title;
    this.watch(store.summary, (summary) => {
      if (!summary) return;
      let isProblem = true;
      if (summary.kind === 'problem') {
        renderInputProblem(this, summary.message, problemTarget);
      } else {
        const { checked } = summary;
        isProblem = renderSummary(this, {
          totals: totalsOf(checked.results),
          results: checked.results,
          groups: checked.groups,
          spec: checked.spec,
          mode: checked.mode,
        });
      }
      document.title = isProblem ? `${summaryText.errorTitlePrefix}${pageTitle}` : pageTitle;
      this.focus();
    });
  }
}

customElements.define('csc-v-summary', SummaryElement);
