import { generate } from 'csc-api-validator/generate';
import { describe, expect, it } from 'vitest';
import { extractWarnings, likelySpecVersion } from './extract-warnings.ts';

const today = new Date('2026-06-01');
const day = (seed: number) => generate({ count: 60, seed, today });

/** Records as specification 1.0.0 allowed them: some la_child_ids with an underscore, refused since 1.0.1. */
function underVersion100() {
  return day(3).map((record, index) =>
    index % 5 === 0 ? { ...record, la_child_id: `C3N_${index}` } : record,
  );
}

describe('extractWarnings', () => {
  it('warns of nothing for two days of the same LA and version', () => {
    const later = day(3).slice(5);
    expect(extractWarnings(day(3), later, today)).toEqual([]);
  });

  it('warns when no la_child_id prefix is shared: most likely two LAs', () => {
    const [warning, ...rest] = extractWarnings(day(3), day(4), today);
    expect(rest).toEqual([]);
    expect(warning).toContain('may be from different local authorities');
    expect(warning).toContain('C3N…');
    expect(warning).toContain('C4N…');
  });

  it('warns when the two extracts match different specification versions', () => {
    expect(likelySpecVersion(underVersion100(), today)).toBe('1.0.0');
    expect(likelySpecVersion(day(3), today)).toBe('1.0.1');
    expect(extractWarnings(underVersion100(), day(3), today)).toEqual([
      expect.stringContaining('the extract last sent matches 1.0.0 and today’s matches 1.0.1'),
    ]);
  });
});
