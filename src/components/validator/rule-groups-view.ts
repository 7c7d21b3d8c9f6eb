// Renders findings grouped by rule on the validator page (browser main thread): each rule's heading, how to
// fix it, and its findings a page at a time, each a button that shows where the finding is.
import { h } from './dom.ts';
import type { RuleGroup, ShownFinding } from './finding-groups.ts';
import { examplesShown, pageSize } from './limits.ts';
import { ruleAnchor } from './summary-view.ts';
import { findingText } from './validator-text.ts';

export interface RuleGroupActions {
  rulesUrl: string;
  /** Whether findings can be shown in the editor (else in the record viewer). */
  inEditor: boolean;
  choose: (finding: ShownFinding) => void;
}

function findingItem(
  finding: ShownFinding,
  actions: RuleGroupActions,
  showFile: boolean,
  groupHint: string,
): HTMLLIElement {
  const button = h(
    'button',
    { type: 'button', class: 'csc-v-finding', 'data-rule': finding.rule },
    findingText.describe(finding, showFile),
  );
  button.addEventListener('click', () => actions.choose(finding));
  return h(
    'li',
    { class: `csc-v-finding-item csc-v-finding-item--${finding.severity}` },
    button,
    h(
      'span',
      { class: 'csc-v-where' },
      actions.inEditor ? findingText.inEditor : findingText.inRecord,
      ' · ',
      h('code', {}, finding.path || '/'),
    ),
    // Hints are built from each finding's params, so some differ from the group's.
    finding.hint !== groupHint
      ? h('span', { class: 'csc-v-where' }, `${findingText.howToFix}${finding.hint}`)
      : null,
  );
}

/** The first items, then a button that adds the next page; keyboard users land on the first item added. */
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
        ? findingText.showAll(items.length)
        : findingText.showMore(Math.min(pageSize, items.length - shown), items.length - shown);
  };
  label();
  more.addEventListener('click', () => {
    const next = items.slice(shown, shown + pageSize);
    const firstNew = next[0] ? render(next[0]) : null;
    if (firstNew) list.append(firstNew, ...next.slice(1).map(render));
    shown += next.length;
    if (shown >= items.length) more.remove();
    else label();
    firstNew?.querySelector('button')?.focus();
  });
  return [list, more];
}

function groupHeading(group: RuleGroup, headingId: string): HTMLHeadingElement {
  return h(
    'h3',
    { id: headingId },
    h('span', { class: `csc-v-tag csc-v-tag--${group.severity}` }, findingText.severity[group.severity]),
    ' ',
    group.title,
    ' ',
    h(
      'span',
      { class: `csc-v-consequence csc-v-consequence--${group.consequence}` },
      findingText.consequence[group.consequence],
    ),
  );
}

export function renderRuleGroups(
  container: HTMLElement,
  groups: RuleGroup[],
  actions: RuleGroupActions,
  showFile: boolean,
): void {
  container.replaceChildren(
    ...groups.map((group) => {
      const headingId = `${ruleAnchor(group.rule)}-heading`;
      return h(
        'section',
        { class: 'csc-v-group', id: ruleAnchor(group.rule), 'aria-labelledby': headingId, tabindex: -1 },
        groupHeading(group, headingId),
        h(
          'p',
          { class: 'csc-v-group-meta' },
          findingText.groupMeta(group.findings.length),
          h('code', {}, group.rule),
          ' · ',
          h('a', { href: `${actions.rulesUrl}#${group.anchor}` }, findingText.aboutRule),
        ),
        h('p', { class: 'csc-v-fix' }, h('strong', {}, findingText.howToFix), group.hint),
        ...pagedList(group.findings, examplesShown, (finding) =>
          findingItem(finding, actions, showFile, group.hint),
        ),
      );
    }),
  );
}
