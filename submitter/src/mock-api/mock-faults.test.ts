import { describe, expect, it } from 'vitest';
import { parseFaultSpec } from './mock-faults.ts';

describe('parseFaultSpec', () => {
  it('reads status faults with Retry-After and repeats', () => {
    expect(parseFaultSpec('429:2')).toEqual({
      fault: { type: 'status', status: 429, retryAfter: '2' },
      times: 1,
    });
    expect(parseFaultSpec('503x3')).toEqual({ fault: { type: 'status', status: 503 }, times: 3 });
  });

  it('reads named faults, including ones with an x in the name', () => {
    expect(parseFaultSpec('expire-tokens')).toEqual({ fault: { type: 'expire-tokens' }, times: 1 });
    expect(parseFaultSpec('reset:after-store')).toEqual({
      fault: { type: 'reset', afterStore: true },
      times: 1,
    });
    expect(parseFaultSpec('delay:40000x2')).toEqual({ fault: { type: 'delay', ms: 40000 }, times: 2 });
  });

  it('returns null for faults it does not know', () => {
    expect(parseFaultSpec('explode')).toBeNull();
    expect(parseFaultSpec('delay:soon')).toBeNull();
    expect(parseFaultSpec('500x0')).toBeNull();
  });
});
