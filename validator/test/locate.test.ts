// locate() and createLocator(): JSON Pointer to 1-based line and column in the source text.
import { describe, expect, it } from 'vitest';
import { createLocator, locate } from '../src/index.ts';

const text = `[
  {
    "la_child_id": "A1",
    "child_details": { "sex": "X", "disabilities": ["MOB", "NONE"] },
    "a/b~c": 1,
    "esc\\"aped": 2
  },
  {"la_child_id": "A2", "social_care_episodes": [{"social_care_episode_id": "E1"}, {"social_care_episode_id": "E2"}]}
]`;

describe('locate', () => {
  it.each([
    ['', 1, 1],
    ['/0', 2, 3],
    ['/0/la_child_id', 3, 5],
    ['/0/child_details/sex', 4, 24],
    ['/0/child_details/disabilities/1', 4, 60],
    ['/0/a~1b~0c', 5, 5],
    ['/0/esc"aped', 6, 5],
    ['/1', 8, 3],
    ['/1/social_care_episodes/1/social_care_episode_id', 8, 85],
  ])('finds %s at line %i, column %i', (pointer, line, column) => {
    expect(locate(text, pointer)).toEqual({ line, column });
  });

  it('falls back to the nearest part that exists', () => {
    expect(locate(text, '/0/child_details/ethnicity')).toEqual({ line: 4, column: 5 });
    expect(locate(text, '/7/la_child_id')).toEqual({ line: 1, column: 1 });
  });

  it('finds records in NDJSON by line', () => {
    const ndjson = '{"la_child_id":"A"}\n\n{"la_child_id":"B","child_details":{"sex":"Q"}}\n';
    expect(locate(ndjson, '/1/child_details/sex')).toEqual({ line: 3, column: 37 });
  });

  it('counts a byte order mark as nothing', () => {
    expect(locate('\ufeff[{"a": 1}]', '/0/a')).toEqual({ line: 1, column: 3 });
  });

  it('copes with text that is not JSON', () => {
    expect(locate('', '/0')).toBeNull();
    expect(locate('[{"a": ', '/0/a/b/c')).toEqual({ line: 1, column: 3 });
    expect(locate('}}}]]]', '/0/x')).toEqual({ line: 1, column: 1 });
  });

  it('gives the same answers through a reused locator', () => {
    const locator = createLocator(text);
    for (const pointer of ['/1', '/0/child_details/sex', '/0/la_child_id']) {
      expect(locator.locate(pointer)).toEqual(locate(text, pointer));
    }
  });
});
