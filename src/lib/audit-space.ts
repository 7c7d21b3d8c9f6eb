// How much disk the audit folder needs, worked out from the submitter's own settings, for the operations
// page. In full mode every daily run sends, and so keeps a copy of, the whole extract, and copies are kept
// for the retention period. Runs in Node at build time.
import { submitterDefaults } from './submitter-settings';

/** Disk the audit folder needs in full mode, one run a day, in gigabytes (1 GB = 1,000 MB). */
export function fullModeAuditGigabytes(
  extractMegabytes: number,
  retentionDays: number = submitterDefaults.auditRetentionDays,
): number {
  return (extractMegabytes * retentionDays) / 1000;
}
