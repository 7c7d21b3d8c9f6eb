// Renders the summary at the top of the validator page (browser main thread): the GOV.UK-style error summary
// for what the DfE API would reject, the data-quality panel, the facts of the check, or a request's problem.
import { append, h } from './dom.ts';
import type { RuleGroup, Totals } from './finding-groups.ts';
import { summaryText } from './validator-text.ts';
import type { CheckedSource } from './worker-protocol.ts';

export interface SummaryData {
  totals: Totals;
  results: CheckedSource[];
  groups: RuleGroup[];
  spec: string;
  mode: string;
}

export function ruleAnchor(rule: string): string {
  return `csc-v-rule-${rule}`;
}

const titleId = 'csc-v-summary-title';

function groupLinks(groups: RuleGroup[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'csc-v-summary-list' },
    ...groups.map((group) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: `#${ruleAnchor(group.rule)}` },
          summaryText.groupLink(group.title, group.findings.length),
        ),
      ),
    ),
  );
}

function facts(data: SummaryData): HTMLDListElement {
  const checked =
    data.results.length > 1
      ? data.results.map((result) => `${result.name} (${result.report.summary.records})`).join(', ')
      : (data.results[0]?.name ?? '');
  const names = summaryText.facts;
  const rows: [string, string][] = [
    [names.checked, checked],
    [names.records, data.totals.records.toLocaleString('en-GB')],
    [names.children, data.totals.children.toLocaleString('en-GB')],
    [names.rejected, summaryText.rejectedRecords(data.totals.rejectedRecords)],
    [names.dataQualityErrors, data.totals.dataQualityErrors.toLocaleString('en-GB')],
    [names.warnings, data.totals.warnings.toLocaleString('en-GB')],
    [names.spec, data.spec],
    [names.mode, data.mode],
  ];
  return h(
    'dl',
    { class: 'csc-v-facts' },
    ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

/** The data-quality findings: errors and warnings the API accepts, to fix at source. */
function dataQualityPanel(data: SummaryData, groups: RuleGroup[]): HTMLElement | null {
  if (groups.length === 0) return null;
  return h(
    'div',
    { class: 'csc-v-data-quality', 'aria-labelledby': 'csc-v-data-quality-title' },
    h('h3', { id: 'csc-v-data-quality-title' }, summaryText.dataQuality),
    h('p', { class: 'csc-v-data-quality-verdict' }, summaryText.dataQualityVerdict(data.totals)),
    groupLinks(groups),
  );
}

/**
 * Fills the summary for the three outcomes: not ready to send (the GOV.UK error summary, for what the DfE API
 * would reject), ready to send with data-quality findings, or no errors. Returns whether anything would be
 * rejected.
 */
export function renderSummary(container: HTMLElement, data: SummaryData): boolean {
  container.replaceChildren();
  const rejectedGroups = data.groups.filter((g) => g.severity === 'error' && g.consequence === 'rejected');
  const dataQualityGroups = data.groups.filter((g) => !rejectedGroups.includes(g));
  container.setAttribute('aria-labelledby', titleId);
  if (data.totals.outcome === 'not-ready') {
    container.className = 'csc-v-summary csc-v-error-summary';
    const rejected =
      data.totals.rejectedRecords === 0 ? summaryText.rejectedWhole : summaryText.rejected(data.totals);
    append(container, [
      h(
        'div',
        { role: 'alert' },
        h('h2', { id: titleId, class: 'csc-v-summary-title' }, summaryText.problem),
        h('p', { class: 'csc-v-verdict' }, `${summaryText.notReady}${rejected}`),
        groupLinks(rejectedGroups),
      ),
      dataQualityPanel(data, dataQualityGroups),
      facts(data),
    ]);
    return true;
  }
  const withFindings = data.totals.outcome === 'ready-with-findings';
  container.className = 'csc-v-summary csc-v-panel';
  append(container, [
    h(
      'div',
      { role: 'status' },
      h(
        'h2',
        { id: titleId, class: 'csc-v-panel-title' },
        withFindings ? summaryText.readyWithFindings : summaryText.noErrors,
      ),
      h('p', { class: 'csc-v-verdict' }, withFindings ? summaryText.acceptsEvery : summaryText.ready),
    ),
    dataQualityPanel(data, dataQualityGroups),
    facts(data),
  ]);
  return false;
}

/** Shows the summary of a request the page could not check (nothing entered, wrong file type). */
export function renderInputProblem(container: HTMLElement, message: string, target: string): void {
  container.className = 'csc-v-summary csc-v-error-summary';
  container.setAttribute('aria-labelledby', titleId);
  container.replaceChildren(
    h(
      'div',
      { role: 'alert' },
      h('h2', { id: titleId, class: 'csc-v-summary-title' }, summaryText.problem),
      h('ul', { class: 'csc-v-summary-list' }, h('li', {}, h('a', { href: `#${target}` }, message))),
    ),
  );
}
