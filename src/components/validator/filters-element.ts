// <csc-v-filters> (browser main thread): the severity, rule and child filters and the choice of view. A new
// check resets them; a filter set from elsewhere (a child chosen in the per-child view) is shown and focused.
import { h, part } from './dom.ts';
import type { FindingFilter } from './finding-groups.ts';
import { childFilterDelayMs } from './limits.ts';
import { StoreElement } from './store-element.ts';
import { type Checked, type Results, store } from './validator-store.ts';
import { resultsText } from './validator-text.ts';

class FiltersElement extends StoreElement {
  #severity!: HTMLSelectElement;
  #rule!: HTMLSelectElement;
  #child!: HTMLInputElement;
  /** True while this element is the one changing the store, so it does not answer its own change. */
  #changing = false;

  connectedCallback(): void {
    this.#severity = part<HTMLSelectElement>(this, '[data-filter-severity]');
    this.#rule = part<HTMLSelectElement>(this, '[data-filter-rule]');
    this.#child = part<HTMLInputElement>(this, '[data-filter-child]');
    this.#severity.addEventListener('change', () => this.#apply());
    this.#rule.addEventListener('change', () => this.#apply());
    let timer = 0;
    this.#child.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => this.#apply(), childFilterDelayMs);
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-view]')) {
      radio.addEventListener('change', () => this.#set({ view: radio.value === 'child' ? 'child' : 'rule' }));
    }
    this.watch(store.results, (results, previous) => {
      if (this.#changing) return;
      if (results.checked !== previous?.checked) {
        if (results.checked) this.#listRules(results.checked);
        this.#show(results);
      } else if (results.filter !== previous?.filter) {
        this.#show(results);
        this.#child.focus();
      }
    });
  }

  #apply(): void {
    const filter: FindingFilter = {
      severity: this.#severity.value as FindingFilter['severity'],
      rule: this.#rule.value,
      childId: this.#child.value,
    };
    this.#set({ filter });
  }

  #set(change: Partial<Results>): void {
    this.#changing = true;
    try {
      store.results.set({ ...store.results.get(), ...change });
    } finally {
      this.#changing = false;
    }
  }

  #listRules(checked: Checked): void {
    this.#rule.replaceChildren(
      h('option', { value: '' }, resultsText.allRules),
      ...checked.groups.map((group) =>
        h('option', { value: group.rule }, resultsText.ruleOption(group.title, group.findings.length)),
      ),
    );
  }

  #show({ filter, view }: Results): void {
    this.#severity.value = filter.severity;
    this.#rule.value = filter.rule;
    this.#child.value = filter.childId;
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-view]'))
      radio.checked = radio.value === view;
  }
}

customElements.define('csc-v-filters', FiltersElement);
