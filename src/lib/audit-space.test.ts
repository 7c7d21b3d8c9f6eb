// The operations page's audit space: one whole extract a day in full mode, kept for the retention period.
import { describe, expect, it } from 'vitest';
import { fullModeAuditGigabytes } from './audit-space';
import { submitterDefaults } from './submitter-settings';

describe('audit space in full mode', () => {
  it('is the extract size times the retention days, the submitter’s default unless given', () => {
    expect(fullModeAuditGigabytes(40, 30)).toBe(1.2);
    expect(fullModeAuditGigabytes(40)).toBe((40 * submitterDefaults.auditRetentionDays) / 1000);
  });
});
