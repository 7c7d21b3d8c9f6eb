// The audit folder stops taking writes while a batch is in flight, against the mock API on loopback:
// the receipts the DfE returned are recorded anyway, the run stops with exit 3 and says why, and the
// next run sends only what was not confirmed.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../src/state/state-store.ts';
import { childRows } from './helpers/child-rows.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';
import { waitFor } from './helpers/wait-for.ts';

const harness = useHarness();

describe('an audit folder that fails part way through a run', () => {
  it('records the receipts first, stops with exit 3, and the rerun sends only the rest', async () => {
    const records = makeChildren(150);
    const ids = records.map((child) => child.la_child_id as string);
    const input = harness().writeInput('snapshot.json', records);
    // The first answer is held back while the test breaks the run's batches folder: the folder is
    // replaced by a file, so writing the answer fails as it would on a lost or read-only volume
    // (a permission change would not stop the tests, which may run as root).
    harness().mock.queue({ fault: { type: 'delay', ms: 400 } });
    const running = harness().cli(['run', '--input', input, '--json', '--batch-size', '100']);
    await waitFor(() => harness().mock.received.length >= 100, 10_000);
    const [runFolder] = readdirSync(harness().auditDir);
    const batches = join(harness().auditDir, runFolder as string, 'batches');
    renameSync(batches, `${batches}-moved`);
    writeFileSync(batches, 'not a folder');

    const stopped = await running;
    expect(stopped.code, stopped.stderr).toBe(3);
    const summary = JSON.parse(stopped.stdout) as { stopped: string; sent: number; ambiguous: number };
    expect(summary).toMatchObject({ sent: 100, ambiguous: 0 });
    expect(summary.stopped).toContain('could not write to the audit folder');
    expect(summary.stopped).toContain(join(runFolder as string, 'batches'));
    expect(harness().mock.requests).toHaveLength(1);

    const rows = childRows(harness().statePath);
    const store = StateStore.open(harness().statePath);
    const [run] = store.status.lastRuns(1);
    store.close();
    const receipts = new Map(harness().mock.received.map((item) => [item.laChildId, item.receipt]));
    for (const id of ids.slice(0, 100))
      expect(rows.get(id)).toMatchObject({ status: 'sent', receipt: receipts.get(id), ambiguous_sends: 0 });
    for (const id of ids.slice(100))
      expect(rows.get(id)).toMatchObject({ status: 'failed', ambiguous_sends: 0 });
    expect(run?.status).toBe('stopped');
    expect(run?.message).toContain('could not write to the audit folder');

    rmSync(batches);
    mkdirSync(batches);
    const rerun = await harness().cli(['run', '--input', input, '--json', '--batch-size', '100']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ unchanged: 100, sent: 50 });
    for (const count of harness().mock.receivedCounts().values()) expect(count).toBe(1);
    expectInvariant(harness(), ids);
  });

  it('cannot create the run folder: says so, exits 3, sends nothing and leaves no run marked running', async () => {
    const input = harness().writeInput('snapshot.json', makeChildren(5));
    const blocker = join(harness().dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the audit folder should be');
    const auditDir = join(blocker, 'audit');

    const result = await harness().cli(['run', '--input', input], { CSC_AUDIT_DIR: auditDir });
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain('could not write to the audit folder');
    expect(result.stderr).toContain(auditDir);
    expect(result.stderr).not.toContain('this is a bug');
    expect(harness().mock.requests).toHaveLength(0);
    const store = StateStore.open(harness().statePath);
    const [run] = store.status.lastRuns(1);
    store.close();
    expect(run).toMatchObject({ status: 'stopped' });
    expect(run?.message).toContain('could not write to the audit folder');

    const dryRun = await harness().cli(['run', '--input', input, '--dry-run'], { CSC_AUDIT_DIR: auditDir });
    expect(dryRun.code, dryRun.stderr).toBe(3);
    expect(dryRun.stderr).toContain('could not write to the audit folder');
  });
});
