import { describe, expect, it } from 'vitest';
import { findRejectedRecords } from './find-rejected-records.ts';

describe('findRejectedRecords', () => {
  it('finds records named at the start of a path', () => {
    expect(findRejectedRecords('{"errors":["$[3].la_child_id: bad","$[7].child_details: bad"]}', 10)).toEqual(
      [3, 7],
    );
    expect(findRejectedRecords('[2].child_details.sex is too long', 5)).toEqual([2]);
  });

  it('does not mistake a nested array position for a record', () => {
    expect(findRejectedRecords('"$[1].social_care_episodes[0].referral_source" is too long', 5)).toEqual([1]);
    expect(findRejectedRecords('social_care_episodes[0] is wrong', 5)).toEqual([]);
  });

  it('ignores positions beyond the batch', () => {
    expect(findRejectedRecords('$[12] is wrong', 5)).toEqual([]);
  });
});
