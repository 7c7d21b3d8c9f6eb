// A watched value (browser main thread). The validator page's elements share state through these instead of
// calling each other: one element sets a value, every element that shows it re-renders.

export type Watcher<T> = (value: T, previous: T | undefined) => void;

export class Atom<T> {
  #value: T;
  readonly #watchers = new Set<Watcher<T>>();

  constructor(initial: T) {
    this.#value = initial;
  }

  get(): T {
    return this.#value;
  }

  set(value: T): void {
    const previous = this.#value;
    this.#value = value;
    // A copy, so a watcher that stops watching during the loop does not skip another.
    for (const watcher of [...this.#watchers]) watcher(value, previous);
  }

  /** Calls `watcher` with the value now and after every change; returns the function that stops it. */
  watch(watcher: Watcher<T>): () => void {
    this.#watchers.add(watcher);
    watcher(this.#value, undefined);
    return () => {
      this.#watchers.delete(watcher);
    };
  }
}

export function atom<T>(initial: T): Atom<T> {
  return new Atom(initial);
}
