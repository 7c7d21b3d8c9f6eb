// The lock that lets one `csc-api run` at a time use a state file. It is an SQLite exclusive lock on
// a small file beside the state file, held for the whole run: an operating-system file lock, so it
// holds between containers and hosts that share the file, and the operating system drops it when the
// process ends however it ends, so on a local disk it never goes stale. Who holds it is written to a
// second file for the message a refused run prints. Runs in Node (node:sqlite).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { RunLockBusyError } from '../errors.ts';
import { ensurePrivateFile, makePrivateFolder, privateFileMode } from '../private-files.ts';

/** The run that holds the lock, as that run saw itself. */
export interface LockHolder {
  host: string;
  pid: number;
  /** When it took the lock, as an ISO 8601 time. */
  since: string;
}

/** SQLite's "database is locked". */
const sqliteBusy = 5;

export function runLockPath(statePath: string): string {
  return `${statePath}.lock`;
}

export function lockHolderPath(statePath: string): string {
  return `${statePath}.lock-holder.json`;
}

export class RunLock {
  readonly holder: LockHolder;
  readonly #db: DatabaseSync;
  readonly #holderPath: string;

  private constructor(db: DatabaseSync, holderPath: string, holder: LockHolder) {
    this.#db = db;
    this.#holderPath = holderPath;
    this.holder = holder;
  }

  /** Takes the lock without waiting, or throws RunLockBusyError naming the run that holds it. */
  static acquire(statePath: string, holder: LockHolder): RunLock {
    makePrivateFolder(dirname(statePath));
    const lockPath = runLockPath(statePath);
    ensurePrivateFile(lockPath);
    const db = new DatabaseSync(lockPath, { timeout: 0 });
    try {
      // In SQLite's default rollback-journal mode this takes the file's exclusive lock at once.
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      if ((error as { errcode?: number }).errcode === sqliteBusy)
        throw new RunLockBusyError(readHolder(lockHolderPath(statePath)), statePath);
      throw error;
    }
    const holderPath = lockHolderPath(statePath);
    // Written whole under another name, then renamed, so a refused run never reads half of it.
    const partPath = `${holderPath}.part`;
    writeFileSync(partPath, `${JSON.stringify(holder)}\n`, { mode: privateFileMode });
    renameSync(partPath, holderPath);
    return new RunLock(db, holderPath, holder);
  }

  release(): void {
    rmSync(this.#holderPath, { force: true });
    this.#db.exec('ROLLBACK');
    this.#db.close();
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof holder.host === 'string' &&
      typeof holder.pid === 'number' &&
      typeof holder.since === 'string'
      ? { host: holder.host, pid: holder.pid, since: holder.since }
      : null;
  } catch {
    return null;
  }
}
