import { describe, expect, it } from 'vitest';
import { pilotUpdateDate } from './pilot-update-date';

describe('pilotUpdateDate', () => {
  it('reads the date at the start of a post’s file name', () => {
    expect(pilotUpdateDate('updates/2026-11-26-site-launch')?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });
  it('gives nothing for the index page or a name without a date', () => {
    expect(pilotUpdateDate('updates')).toBeUndefined();
    expect(pilotUpdateDate('updates/site-launch')).toBeUndefined();
    expect(pilotUpdateDate('onboarding/2026-11-26-roadmap')).toBeUndefined();
  });
  it('rejects dates that do not exist', () => {
    expect(pilotUpdateDate('updates/2026-02-30-launch')).toBeUndefined();
    expect(pilotUpdateDate('updates/2026-13-01-launch')).toBeUndefined();
  });
});
