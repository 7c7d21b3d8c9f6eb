// Deletes run folders older than the retention period from the audit directory. Runs in Node.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Only folders this tool made (named `<timestamp>_run-N` or `<timestamp>_dry-run`) are ever removed. */
const runFolderPattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z_(run-\d+|dry-run)$/;

export function applyRetention(auditDir: string, retentionDays: number, now: Date): string[] {
  let names: string[];
  try {
    names = readdirSync(auditDir);
  } catch {
    return [];
  }
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  const removed: string[] = [];
  for (const name of names) {
    if (!runFolderPattern.test(name)) continue;
    const path = join(auditDir, name);
    const stamp = Date.parse(name.slice(0, 24).replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z'));
    const time = Number.isNaN(stamp) ? statSync(path).mtimeMs : stamp;
    if (time < cutoff) {
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
