// The base of the validator page's custom elements (browser main thread): watches store atoms while the
// element is on the page, and stops watching when it leaves.
import type { Atom, Watcher } from './atom.ts';

export abstract class StoreElement extends HTMLElement {
  readonly #stops: (() => void)[] = [];

  protected watch<T>(value: Atom<T>, watcher: Watcher<T>): void {
    this.#stops.push(value.watch(watcher));
  }

  disconnectedCallback(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }
}

/** Runs `start` once the page has loaded, so heavy work (the worker, Monaco) never delays the first paint. */
export function afterPageLoad(start: () => void): void {
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', start, { once: true });
}
