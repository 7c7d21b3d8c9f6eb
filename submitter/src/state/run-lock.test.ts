import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunLockBusyError } from '../errors.ts';
import { lockHolderPath, RunLock } from './run-lock.ts';

const holder = { host: 'la-server-1', pid: 4242, since: '2026-01-01T02:00:00.000Z' };
let dir = '';

afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

function statePath(): string {
  dir = mkdtempSync(join(tmpdir(), 'csc-api-lock-'));
  return join(dir, 'state', 'csc-api-state.sqlite');
}

describe('RunLock', () => {
  it('refuses a second holder, naming the first, until the first releases it', () => {
    const path = statePath();
    const first = RunLock.acquire(path, holder);
    let refusal: unknown = null;
    try {
      RunLock.acquire(path, { ...holder, pid: 1 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(RunLockBusyError);
    expect((refusal as RunLockBusyError).holder).toEqual(holder);
    expect((refusal as Error).message).toContain(
      'process 4242 on host la-server-1, running since 2026-01-01T02:00:00.000Z',
    );

    first.release();
    expect(existsSync(lockHolderPath(path))).toBe(false);
    RunLock.acquire(path, { ...holder, pid: 1 }).release();
  });
});
