import { describe, expect, it } from 'vitest';
import { memoryPerFileByte, ranOutOfMemory, tooLargeMessage } from './memory-budget.ts';

describe('tooLargeMessage', () => {
  it('says nothing for files that fit, or when the browser does not say its limit', () => {
    expect(tooLargeMessage(100 * 1024 * 1024, 4 * 1024 ** 3)).toBeNull();
    expect(tooLargeMessage(10 * 1024 ** 3, null)).toBeNull();
  });

  it('gives the sizes and what to do instead when the files would not fit', () => {
    const limit = 256 * 1024 * 1024;
    const message = tooLargeMessage(Math.ceil(limit / memoryPerFileByte) + 1, limit);
    expect(message).toContain('too large to compare in this browser');
    expect(message).toContain('256 MB');
    expect(message).toContain('csc-api run --mode delta --dry-run');
  });
});

describe('ranOutOfMemory', () => {
  it('recognises the engine running out of memory, and nothing else', () => {
    expect(ranOutOfMemory(new RangeError('Invalid string length'))).toBe(true);
    expect(ranOutOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(ranOutOfMemory(new RangeError('Invalid time value'))).toBe(false);
    expect(ranOutOfMemory(new Error('out of memory'))).toBe(false);
  });
});
