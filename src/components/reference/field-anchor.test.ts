import { currentSpecVersion, fieldsFor, specVersions } from 'csc-api-validator';
import { describe, expect, it } from 'vitest';
import { fieldAnchor, fieldName, fieldNameInWords } from './field-anchor';

describe('fieldAnchor', () => {
  it('drops list markers and turns dots into hyphens', () => {
    expect(fieldAnchor('child_details.unique_pupil_number')).toBe('child_details-unique_pupil_number');
    expect(fieldAnchor('social_care_episodes[].adoption.matched_date')).toBe(
      'social_care_episodes-adoption-matched_date',
    );
    // Code sets name fields with a trailing [] for list items; the anchor is the list's.
    expect(fieldAnchor('child_details.disabilities[]')).toBe('child_details-disabilities');
  });

  it('gives every field of every version its own anchor', () => {
    for (const version of specVersions) {
      const anchors = fieldsFor(version).map((f) => fieldAnchor(f.path));
      expect(new Set(anchors).size, version).toBe(anchors.length);
      for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9_-]+$/);
    }
  });
});

describe('field names', () => {
  it('takes the last part of the path and reads it as words', () => {
    const upn = fieldsFor(currentSpecVersion).find((f) => f.path === 'child_details.unique_pupil_number');
    expect(fieldName(upn?.path ?? '')).toBe(upn?.name);
    expect(fieldName('social_care_episodes[].factors[]')).toBe('factors');
    expect(fieldNameInWords('unique_pupil_number')).toBe('unique pupil number');
  });
});
