// Renders a check's results on the validator page (browser main thread): the GOV.UK-style error summary for
// what the DfE API would reject, the data-quality panel, findings grouped by rule, and the per-child table.
import { append, h } from './dom.ts';
import {
  type ChildGroup,
  countOf,
  type RuleGroup,
  type ShownFinding,
  type Totals,
} from './finding-groups.ts';
import type { CheckedSource } from './worker-protocol.ts';

/** Examples shown per rule before "Show all"; long lists then grow a page at a time. */
const examplesShown = 5;
const pageSize = 200;

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
          `${group.title}: ${countOf(group.findings.length, 'finding')}`,
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
  const rows: [string, string][] = [
    ['Checked', checked],
    ['Records', data.totals.records.toLocaleString('en-GB')],
    ['Children', data.totals.children.toLocaleString('en-GB')],
    ['Rejected by the API', countOf(data.totals.rejectedRecords, 'record')],
    ['Data-quality errors', data.totals.dataQualityErrors.toLocaleString('en-GB')],
    ['Warnings', data.totals.warnings.toLocaleString('en-GB')],
    ['Specification version', data.spec],
    ['Mode', data.mode],
  ];
  return h(
    'dl',
    { class: 'csc-v-facts' },
    ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

/** What the DfE API would refuse: "N records (M children)", or the whole input when it cannot be read. */
function rejectedText(totals: Totals): string {
  if (totals.rejectedRecords === 0) return 'The DfE API would reject this input as a whole.';
  return `The DfE API would reject ${countOf(totals.rejectedRecords, 'record')} (${countOf(totals.rejectedChildren, 'child', 'children')}).`;
}

/** The data-quality findings: errors and warnings the API accepts, to fix at source. */
function dataQualityPanel(data: SummaryData, groups: RuleGroup[]): HTMLElement | null {
  if (groups.length === 0) return null;
  return h(
    'div',
    { class: 'csc-v-data-quality', 'aria-labelledby': 'csc-v-data-quality-title' },
    h('h3', { id: 'csc-v-data-quality-title' }, 'Data quality'),
    h(
      'p',
      { class: 'csc-v-data-quality-verdict' },
      `${countOf(data.totals.dataQualityErrors, 'data-quality error')} and ${countOf(data.totals.warnings, 'warning')}: ` +
        'the API accepts these records; fix them at source.',
    ),
    groupLinks(groups),
  );
}

/**
 * Fills the summary at the top of the page, for the three outcomes: not ready to send (the GOV.UK error
 * summary, for what the DfE API would reject), ready to send with data-quality findings, or no errors.
 * Returns whether anything would be rejected.
 */
export function renderSummary(container: HTMLElement, data: SummaryData): boolean {
  container.replaceChildren();
  const rejectedGroups = data.groups.filter((g) => g.severity === 'error' && g.consequence === 'rejected');
  const dataQualityGroups = data.groups.filter((g) => !rejectedGroups.includes(g));
  container.setAttribute('aria-labelledby', 'csc-v-summary-title');
  if (data.totals.outcome === 'not-ready') {
    container.className = 'csc-v-summary csc-v-error-summary';
    append(container, [
      h(
        'div',
        { role: 'alert' },
        h('h2', { id: 'csc-v-summary-title', class: 'csc-v-summary-title' }, 'There is a problem'),
        h('p', { class: 'csc-v-verdict' }, `Not ready to send. ${rejectedText(data.totals)}`),
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
        { id: 'csc-v-summary-title', class: 'csc-v-panel-title' },
        withFindings ? 'Ready to send, with data-quality findings' : 'No errors found',
      ),
      h(
        'p',
        { class: 'csc-v-verdict' },
        withFindings ? 'The DfE API would accept every record.' : 'Ready to send.',
      ),
    ),
    dataQualityPanel(data, dataQualityGroups),
    facts(data),
  ]);
  return false;
}

/** Shows the summary of a request the page could not check (nothing entered, wrong file type). */
export function renderInputProblem(container: HTMLElement, message: string, target: string): void {
  container.className = 'csc-v-summary csc-v-error-summary';
  container.setAttribute('aria-labelledby', 'csc-v-summary-title');
  container.replaceChildren(
    h(
      'div',
      { role: 'alert' },
      h('h2', { id: 'csc-v-summary-title', class: 'csc-v-summary-title' }, 'There is a problem'),
      h('ul', { class: 'csc-v-summary-list' }, h('li', {}, h('a', { href: `#${target}` }, message))),
    ),
  );
}

export interface FindingActions {
  rulesUrl: string;
  /** Whether findings of this source can be shown in the editor (else in the record viewer). */
  inEditor: (finding: ShownFinding) => boolean;
  choose: (finding: ShownFinding) => void;
  showChild: (childId: string) => void;
}

function describeFinding(finding: ShownFinding, showFile: boolean): string {
  const where: string[] = [];
  if (showFile) where.push(finding.sourceName);
  if (finding.record !== null) where.push(`record ${(finding.record + 1).toLocaleString('en-GB')}`);
  if (finding.childId) where.push(`child ${finding.childId}`);
  return `${where.length ? `${where.join(', ')}: ` : ''}${finding.message}`;
}

function findingItem(
  finding: ShownFinding,
  actions: FindingActions,
  showFile: boolean,
  groupHint: string,
): HTMLLIElement {
  const button = h(
    'button',
    { type: 'button', class: 'csc-v-finding', 'data-rule': finding.rule },
    describeFinding(finding, showFile),
  );
  button.addEventListener('click', () => actions.choose(finding));
  return h(
    'li',
    { class: `csc-v-finding-item csc-v-finding-item--${finding.severity}` },
    button,
    h(
      'span',
      { class: 'csc-v-where' },
      actions.inEditor(finding) ? 'Shows the place in the editor' : 'Shows the record',
      ' · ',
      h('code', {}, finding.path || '/'),
    ),
    // Hints are built from each finding's params, so some differ from the group's.
    finding.hint !== groupHint ? h('span', { class: 'csc-v-where' }, `How to fix: ${finding.hint}`) : null,
  );
}

/** Appends items a page at a time, with a button for the next page. */
function pagedList(
  items: ShownFinding[],
  first: number,
  render: (finding: ShownFinding) => HTMLLIElement,
): Node[] {
  const list = h('ul', { class: 'csc-v-findings' }, ...items.slice(0, first).map(render));
  if (items.length <= first) return [list];
  let shown = first;
  const more = h('button', { type: 'button', class: 'csc-v-button csc-v-button--secondary' });
  const label = () => {
    more.textContent =
      shown === first && first === examplesShown
        ? `Show all ${items.length.toLocaleString('en-GB')}`
        : `Show ${Math.min(pageSize, items.length - shown).toLocaleString('en-GB')} more of ${(items.length - shown).toLocaleString('en-GB')}`;
  };
  label();
  more.addEventListener('click', () => {
    const next = items.slice(shown, shown + pageSize);
    const firstNew = next[0] ? render(next[0]) : null;
    if (firstNew) list.append(firstNew, ...next.slice(1).map(render));
    shown += next.length;
    if (shown >= items.length) more.remove();
    else label();
    // Keep keyboard users in place: move to the first item just added.
    firstNew?.querySelector('button')?.focus();
  });
  return [list, more];
}

export function renderRuleGroups(
  container: HTMLElement,
  groups: RuleGroup[],
  actions: FindingActions,
  showFile: boolean,
): void {
  container.replaceChildren(
    ...groups.map((group) => {
      const headingId = `${ruleAnchor(group.rule)}-heading`;
      return h(
        'section',
        { class: 'csc-v-group', id: ruleAnchor(group.rule), 'aria-labelledby': headingId, tabindex: -1 },
        h(
          'h3',
          { id: headingId },
          h(
            'span',
            { class: `csc-v-tag csc-v-tag--${group.severity}` },
            group.severity === 'error' ? 'Error' : 'Warning',
          ),
          ' ',
          group.title,
          ' ',
          h(
            'span',
            { class: `csc-v-consequence csc-v-consequence--${group.consequence}` },
            group.consequence === 'rejected' ? '(the DfE API would reject it)' : '(data quality)',
          ),
        ),
        h(
          'p',
          { class: 'csc-v-group-meta' },
          `${countOf(group.findings.length, 'finding')} · rule `,
          h('code', {}, group.rule),
          ' · ',
          h('a', { href: `${actions.rulesUrl}#${group.anchor}` }, 'About this rule'),
        ),
        h('p', { class: 'csc-v-fix' }, h('strong', {}, 'How to fix: '), group.hint),
        ...pagedList(group.findings, examplesShown, (finding) =>
          findingItem(finding, actions, showFile, group.hint),
        ),
      );
    }),
  );
}

export function renderChildTable(
  container: HTMLElement,
  children: ChildGroup[],
  actions: FindingActions,
): void {
  const row = (child: ChildGroup) => {
    const button = h(
      'button',
      { type: 'button', class: 'csc-v-link-button' },
      `Show findings for ${child.childId}`,
    );
    button.addEventListener('click', () => actions.showChild(child.childId));
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, child.childId),
      h('td', {}, child.errors),
      h('td', {}, child.warnings),
      h('td', {}, button),
    );
  };
  const body = h('tbody', {}, ...children.slice(0, pageSize).map(row));
  const nodes: Node[] = [
    h(
      'table',
      { class: 'csc-v-children' },
      h('caption', {}, `${countOf(children.length, 'child', 'children')} with findings`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Child ID'),
          h('th', { scope: 'col' }, 'Errors'),
          h('th', { scope: 'col' }, 'Warnings'),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Action')),
        ),
      ),
      body,
    ),
  ];
  if (children.length > pageSize) {
    let shown = pageSize;
    const more = h(
      'button',
      { type: 'button', class: 'csc-v-button csc-v-button--secondary' },
      'Show more children',
    );
    more.addEventListener('click', () => {
      body.append(...children.slice(shown, shown + pageSize).map(row));
      shown += pageSize;
      if (shown >= children.length) more.remove();
    });
    nodes.push(more);
  }
  container.replaceChildren(...nodes);
}
