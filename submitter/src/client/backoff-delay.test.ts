import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff-delay.ts';

const settings = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000, maxTotalMs: 10_000 };

describe('backoffDelay', () => {
  it('doubles each retry, with half the delay random, up to the cap', () => {
    expect(backoffDelay(0, settings, () => 0)).toBe(50);
    expect(backoffDelay(0, settings, () => 1)).toBe(100);
    expect(backoffDelay(3, settings, () => 1)).toBe(800);
    expect(backoffDelay(10, settings, () => 1)).toBe(1000);
    expect(backoffDelay(10, settings, () => 0)).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
