import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRetention } from './apply-retention.ts';

describe('applyRetention', () => {
  it('deletes only run folders older than the retention period', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-audit-'));
    const names = [
      '2026-01-01T02-00-00-000Z_run-1',
      '2026-03-30T02-00-00-000Z_run-9',
      '2025-01-01T02-00-00-000Z_dry-run',
      'keep-me',
    ];
    for (const name of names) mkdirSync(join(dir, name));
    const removed = applyRetention(dir, 30, new Date('2026-04-01T00:00:00Z'));
    expect(removed.sort()).toEqual(['2025-01-01T02-00-00-000Z_dry-run', '2026-01-01T02-00-00-000Z_run-1']);
    expect(existsSync(join(dir, '2026-03-30T02-00-00-000Z_run-9'))).toBe(true);
    expect(existsSync(join(dir, 'keep-me'))).toBe(true);
  });
});
