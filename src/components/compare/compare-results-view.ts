// Renders the compare page's findings and results (browser main thread): the problem summary, the
// overview with the vanished-share verdict, and the lists of changed, new, vanished and withheld children.
// Values from the extracts are always set as text.
import { percent, type VanishedShareVerdict } from 'csc-api-validator/delta';
import { append, h } from '../validator/dom.ts';
import type { Comparison, ExtractProblem, Preflight } from './compare-protocol.ts';
import { maskChange } from './field-changes.ts';

export const extractLabels = ['The extract last sent', 'Today’s extract'] as const;
/** Children listed by id in each list; the counts cover them all. */
const idsListed = 200;
const number = (value: number) => value.toLocaleString('en-GB');
const requests = (count: number) => `${number(count)} ${count === 1 ? 'request' : 'requests'}`;

export interface ProblemLink {
  message: string;
  /** The id of the control that fixes it. */
  target: string;
}

/** The GOV.UK error summary: one link per problem, to the control that fixes it. */
export function renderProblems(container: HTMLElement, problems: ProblemLink[]): void {
  container.className = 'csc-v-summary csc-v-error-summary';
  container.replaceChildren(
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'csc-v-summary-title' }, 'There is a problem'),
      h(
        'ul',
        { class: 'csc-v-summary-list' },
        ...problems.map((problem) => h('li', {}, h('a', { href: `#${problem.target}` }, problem.message))),
      ),
    ),
  );
}

export function problemText(problem: ExtractProblem): string {
  return `${extractLabels[problem.extract]}: ${problem.message}`;
}

export function vanishedVerdict(verdict: VanishedShareVerdict): string {
  const { vanished, held } = verdict;
  if (vanished === 0)
    return 'No child the DfE holds is missing from today’s extract, so nothing would be deleted.';
  const missing = `${number(vanished)} of the ${number(held)} children the DfE holds (${percent(verdict.share)}) are missing from today’s extract`;
  const limit = `the ${percent(verdict.maxShare)} csc-api allows by default (CSC_MAX_VANISHED_SHARE)`;
  if (verdict.allowed) return `csc-api would delete them: ${missing}, within ${limit}.`;
  return (
    `csc-api would stop and send nothing: ${missing}, more than ${limit}. This usually means the extract was cut short. ` +
    'If those children really left, run with --confirm-deletions: the downloads show what that run would send.'
  );
}

function fact(term: string, value: string): Node[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

export function renderOverview(container: HTMLElement, comparison: Comparison, preflight: Preflight): void {
  const { delta, partial } = comparison.sends;
  const [previous, current] = preflight.extracts;
  container.replaceChildren(
    h(
      'p',
      { class: 'csc-v-verdict', 'data-verdict': comparison.vanishedShare.allowed ? 'send' : 'stop' },
      vanishedVerdict(comparison.vanishedShare),
    ),
    h(
      'dl',
      { class: 'csc-v-facts' },
      ...fact('Records in the extract last sent', number(previous?.records ?? 0)),
      ...fact('Records in today’s extract', number(current?.records ?? 0)),
      ...fact('New children', number(comparison.newChildren.length)),
      ...fact('Changed children', number(comparison.changedCount)),
      ...fact('Children no longer in today’s extract', number(comparison.vanished.length)),
      ...fact('Unchanged children', number(comparison.unchanged)),
      ...fact('Children csc-api would not send', number(comparison.withheld.length)),
      ...fact(
        '--mode delta would send',
        `${requests(delta.requests)}: ${number(delta.full)} whole records, ${number(delta.delete)} deletions`,
      ),
      ...fact(
        '--mode delta --partial would send',
        `${requests(partial.requests)}: ${number(partial.partial)} partial records, ${number(partial.full)} whole records, ${number(partial.delete)} deletions`,
      ),
    ),
  );
}

function idList(ids: readonly string[], none: string): Node {
  if (ids.length === 0) return h('p', {}, none);
  const more = ids.length - idsListed;
  return h(
    'div',
    {},
    h('ul', { class: 'csc-c-ids' }, ...ids.slice(0, idsListed).map((id) => h('li', {}, id))),
    more > 0 ? h('p', {}, `And ${number(more)} more: the downloads have them all.`) : null,
  );
}

const shown = (value: string | null) => value ?? 'not there';

export function renderChanged(
  container: HTMLElement,
  comparison: Comparison,
  showIdentifiers: boolean,
): void {
  container.replaceChildren();
  if (comparison.changedCount === 0) {
    append(container, [h('p', {}, 'No child changed.')]);
    return;
  }
  if (comparison.changed.length < comparison.changedCount)
    append(container, [
      h(
        'p',
        {},
        `The first ${number(comparison.changed.length)} of ${number(comparison.changedCount)} changed children are shown.`,
      ),
    ]);
  for (const child of comparison.changed) {
    append(container, [
      h(
        'table',
        { class: 'csc-c-changes' },
        h('caption', {}, `Child ${child.laChildId}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Field'),
            h('th', { scope: 'col' }, 'Last sent'),
            h('th', { scope: 'col' }, 'Today'),
          ),
        ),
        h(
          'tbody',
          {},
          ...child.changes.map((original) => {
            const change = maskChange(original, showIdentifiers);
            return h(
              'tr',
              {},
              h('td', {}, change.path),
              h('td', {}, shown(change.before)),
              h('td', {}, shown(change.after)),
            );
          }),
        ),
      ),
    ]);
  }
}

const duplicateIntro = [
  'The extract last sent has the same la_child_id more than once. csc-api sent none of those records, so the DfE does not hold them:',
  'Today’s extract has the same la_child_id more than once. csc-api sends none of those records:',
];

/** The check's findings about repeated la_child_ids in one extract, in the validator's words. */
function duplicatesOf(preflight: Preflight, extract: 0 | 1): Node[] {
  const found = preflight.duplicates.filter((problem) => problem.extract === extract);
  if (found.length === 0) return [];
  return [
    h('p', {}, duplicateIntro[extract] as string),
    h(
      'ul',
      {},
      ...found
        .slice(0, idsListed)
        .map((problem) => h('li', {}, `${problem.message} ${problem.hint} (${problem.rule})`)),
    ),
  ];
}

export function renderLists(root: HTMLElement, comparison: Comparison, preflight: Preflight): void {
  const find = (selector: string) => root.querySelector<HTMLElement>(selector) as HTMLElement;
  find('[data-new]').replaceChildren(idList(comparison.newChildren, 'No new children.'));
  find('[data-vanished]').replaceChildren(
    idList(comparison.vanished, 'Every child the DfE holds is in today’s extract.'),
  );
  const withheld = find('[data-withheld]');
  const duplicates = [...duplicatesOf(preflight, 1), ...duplicatesOf(preflight, 0)];
  withheld.replaceChildren(...duplicates);
  const others = comparison.withheld.filter((child) => !child.rules.includes('duplicate-la-child-id'));
  if (others.length === 0 && duplicates.length === 0) {
    append(withheld, [h('p', {}, 'csc-api would send every child of today’s extract that changed.')]);
    return;
  }
  if (others.length > 0)
    append(withheld, [
      h('p', {}, 'These children have errors the DfE API would reject, so csc-api holds them back:'),
      h(
        'ul',
        {},
        ...others.slice(0, idsListed).map((child) => h('li', {}, `${child.laChildId}: ${child.message}`)),
      ),
    ]);
}
