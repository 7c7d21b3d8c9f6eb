// The state file, its companions and the audit folders hold children's records: on POSIX only the
// account running csc-api may read them, even under a umask that would allow everyone.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCli } from './helpers/build-cli.ts';
import { useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';
import { spawnCli } from './helpers/spawn-cli.ts';
import { waitFor } from './helpers/wait-for.ts';

const harness = useHarness();

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Every file and folder under `dir`, with its mode. */
function modesUnder(dir: string): Map<string, string> {
  const modes = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    modes.set(path, mode(path));
  }
  return modes;
}

describe('file permissions', () => {
  it.skipIf(process.platform === 'win32')(
    'keeps the state file, its -wal, -shm and lock files, and the audit folders to the owner under umask 000',
    async () => {
      const entry = await buildCli(harness().dir);
      const input = harness().writeInput('snapshot.json', makeChildren(60));
      const stateDir = join(harness().dir, 'private-state');
      const statePath = join(stateDir, 'csc-api-state.sqlite');
      harness().mock.standing.latencyMs = 300;
      const run = spawnCli(
        entry,
        ['run', '--input', input, '--batch-size', '10'],
        { ...process.env, ...harness().env, CSC_STATE: statePath },
        harness().dir,
        ['sh', '-c', 'umask 000; exec "$@"', 'sh'],
      );
      // Mid-run, while SQLite has its -wal and -shm files and the lock is held.
      await waitFor(() => harness().mock.received.length >= 20, 20_000);
      const during = modesUnder(stateDir);
      await run.exited;
      harness().outputs.push(run.output());
      expect(run.child.exitCode, run.output()).toBe(0);

      expect(mode(stateDir)).toBe('700');
      for (const name of [
        'csc-api-state.sqlite',
        'csc-api-state.sqlite-wal',
        'csc-api-state.sqlite-shm',
        'csc-api-state.sqlite.lock',
        'csc-api-state.sqlite.lock-holder.json',
      ]) {
        expect(during.get(join(stateDir, name)), name).toBe('600');
      }
      const audit = modesUnder(harness().auditDir);
      expect(mode(harness().auditDir)).toBe('700');
      expect([...audit.keys()].some((path) => path.endsWith('-response-1.json'))).toBe(true);
      for (const [path, found] of audit) {
        expect(found, path).toBe(statSync(path).isDirectory() ? '700' : '600');
      }
    },
  );
});
