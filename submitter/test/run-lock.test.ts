// Two runs on one state file: the run lock lets only one send, across PID namespaces (as in two
// containers sharing a volume), and a run that died, even one left as a zombie, never blocks the next.
import { spawn, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../src/state/state-store.ts';
import { buildCli } from './helpers/build-cli.ts';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';
import { spawnCli } from './helpers/spawn-cli.ts';
import { waitFor } from './helpers/wait-for.ts';

const harness = useHarness();

/** A command that runs its arguments in a new PID namespace, or null where this machine cannot. */
function pidNamespaceLauncher(): string[] | null {
  // As root, or (with -r) as an ordinary user where unprivileged user namespaces are allowed.
  for (const launcher of [
    ['unshare', '-pf', '--mount-proc'],
    ['unshare', '-rpf', '--mount-proc'],
  ]) {
    const [command, ...args] = launcher as [string, ...string[]];
    if (spawnSync(command, [...args, 'true']).status === 0) return launcher;
  }
  return null;
}

const launcher = pidNamespaceLauncher();

/** Adds a `running` row as a run that stopped without finishing would have left it. */
function addStaleRun(statePath: string, pid: number): void {
  StateStore.open(statePath).close();
  const db = new DatabaseSync(statePath);
  db.prepare(
    "INSERT INTO runs (started_at, status, mode, partial, input, pid) VALUES (?, 'running', 'full', 0, 'file x', ?)",
  ).run(new Date(Date.now() - 3_600_000).toISOString(), pid);
  db.close();
}

describe('the run lock', () => {
  it.skipIf(launcher === null)(
    'lets one of two runs in separate PID namespaces send; the other exits 2 naming the holder (needs unshare with PID namespaces)',
    async () => {
      const entry = await buildCli(harness().dir);
      const records = makeChildren(250);
      const input = harness().writeInput('snapshot.json', records);
      harness().mock.standing.latencyMs = 300;
      const env = { ...process.env, ...harness().env };
      const args = ['run', '--input', input, '--batch-size', '25'];

      const startedFirst = new Date();
      const first = spawnCli(entry, args, env, harness().dir, launcher as string[]);
      // 1.5 s apart, and never before the first has begun sending, however slowly this machine starts it.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await waitFor(() => harness().mock.received.length > 0, 20_000);
      const startedSecond = new Date();
      const second = spawnCli(entry, args, env, harness().dir, launcher as string[]);
      await Promise.all([first.exited, second.exited]);
      harness().outputs.push(first.output(), second.output());

      expect(first.child.exitCode, first.output()).toBe(0);
      expect(second.child.exitCode, second.output()).toBe(2);
      const holder = /process (\d+) on host (\S+), running since (\S+Z)/.exec(second.output());
      expect(holder, second.output()).not.toBeNull();
      const [, pid, host, since] = holder as unknown as [string, string, string, string];
      // Each run is process 1 in its own namespace: the PID alone could not tell them apart.
      expect(pid).toBe('1');
      expect(host).toBe(hostname());
      expect(Date.parse(since)).toBeGreaterThanOrEqual(startedFirst.getTime() - 1_000);
      expect(Date.parse(since)).toBeLessThan(startedSecond.getTime());

      const counts = harness().mock.receivedCounts();
      expect(counts.size).toBe(250);
      for (const [id, count] of counts) expect(count, `${id} stored`).toBe(1);
      expectInvariant(
        harness(),
        records.map((record) => record.la_child_id as string),
      );
    },
  );

  it('is not blocked by a stale running row whose PID now belongs to a live, unrelated process', async () => {
    const unrelated = spawn('sleep', ['60']);
    try {
      addStaleRun(harness().statePath, unrelated.pid as number);
      const input = harness().writeInput('snapshot.json', makeChildren(5));
      const result = await harness().cli(['run', '--input', input, '--json']);
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout) as { sent: number; resumedRuns: number[] };
      expect(summary.sent).toBe(5);
      expect(summary.resumedRuns).toEqual([1]);
    } finally {
      unrelated.kill();
    }
  });

  it('is released when a run is killed, even while the killed process is a zombie nobody has reaped', async () => {
    const entry = await buildCli(harness().dir);
    const input = harness().writeInput('snapshot.json', makeChildren(100));
    harness().mock.standing.latencyMs = 300;
    // The CLI runs as the child of a process that never waits for it, so once killed it stays a zombie.
    const parent = spawnCli(
      entry,
      ['run', '--input', input, '--batch-size', '10'],
      { ...process.env, ...harness().env },
      harness().dir,
      ['sh', '-c', '"$@" & echo "csc-api pid $!"; exec sleep 60', 'sh'],
    );
    try {
      await waitFor(() => harness().mock.received.length >= 20, 20_000);
      const pid = Number(/csc-api pid (\d+)/.exec(parent.output())?.[1]);
      process.kill(pid, 'SIGKILL');
      await waitFor(
        () => /^Z/.test(spawnSync('ps', ['-o', 'stat=', '-p', String(pid)]).stdout.toString()),
        5_000,
      );

      harness().mock.standing.latencyMs = 0;
      const rerun = await harness().cli(['run', '--input', input, '--json', '--batch-size', '10']);
      expect(rerun.code, rerun.stderr).toBe(0);
      const summary = JSON.parse(rerun.stdout) as { resumedRuns: number[] };
      expect(summary.resumedRuns).toEqual([1]);
    } finally {
      parent.child.kill('SIGKILL');
      await parent.exited;
      harness().outputs.push(parent.output());
    }
  });
});
