import { describe, expect, it } from 'vitest';
import { atom } from './atom.ts';

describe('atom', () => {
  it('tells a watcher the value at once, then each new value with the one before', () => {
    const count = atom(1);
    const seen: [number, number | undefined][] = [];
    count.watch((value, previous) => seen.push([value, previous]));
    count.set(2);
    count.set(5);
    expect(seen).toEqual([
      [1, undefined],
      [2, 1],
      [5, 2],
    ]);
    expect(count.get()).toBe(5);
  });

  it('stops telling a watcher once it stops, even during a change', () => {
    const name = atom('a');
    const first: string[] = [];
    const second: string[] = [];
    const stopSecond = name.watch((value) => second.push(value));
    const stopFirst = name.watch((value) => {
      first.push(value);
      if (value === 'b') stopSecond();
    });
    name.set('b');
    name.set('c');
    stopFirst();
    name.set('d');
    expect(first).toEqual(['a', 'b', 'c']);
    // The second watcher heard 'b' (it came first in the loop) and nothing after it stopped.
    expect(second).toEqual(['a', 'b']);
  });
});
