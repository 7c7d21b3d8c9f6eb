// Renders the per-child view of the findings on the validator page (browser main thread): one row per child
// with their counts and a button that filters the findings to that child.
import { h } from './dom.ts';
import type { ChildGroup } from './finding-groups.ts';
import { pageSize } from './limits.ts';
import { findingText } from './validator-text.ts';

export function renderChildTable(
  container: HTMLElement,
  children: ChildGroup[],
  showChild: (childId: string) => void,
): void {
  const row = (child: ChildGroup) => {
    const button = h(
      'button',
      { type: 'button', class: 'csc-v-link-button' },
      findingText.showChild(child.childId),
    );
    button.addEventListener('click', () => showChild(child.childId));
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, child.childId),
      h('td', {}, child.errors),
      h('td', {}, child.warnings),
      h('td', {}, button),
    );
  };
  const columns = findingText.childColumns;
  const body = h('tbody', {}, ...children.slice(0, pageSize).map(row));
  const nodes: Node[] = [
    h(
      'table',
      { class: 'csc-v-children' },
      h('caption', {}, findingText.childrenCaption(children.length)),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, columns.child),
          h('th', { scope: 'col' }, columns.errors),
          h('th', { scope: 'col' }, columns.warnings),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, columns.action)),
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
      findingText.moreChildren,
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
