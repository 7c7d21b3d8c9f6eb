import { fieldsFor, specVersions } from 'csc-api-validator/spec';
import { describe, expect, it } from 'vitest';
import { fieldAnchor } from './field-anchor';

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
