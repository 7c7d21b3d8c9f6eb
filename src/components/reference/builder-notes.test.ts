// Every builder note on the data items page belongs to a field the page shows.
import { currentSpecVersion, fieldsFor } from 'csc-api-validator/spec';
import { describe, expect, it } from 'vitest';
import { builderNotes } from './builder-notes';

describe('builder notes', () => {
  it('are keyed by paths of the current spec version', () => {
    const paths = new Set(fieldsFor(currentSpecVersion).map((f) => f.path));
    expect(Object.keys(builderNotes).filter((path) => !paths.has(path))).toEqual([]);
  });
});
