// Files and folders that only the account running csc-api may read: the state file, the run lock and
// the audit folders hold children's records. On POSIX the modes below are set at creation, so no umask
// can widen them; on Windows a file takes its folder's access list (see the data-security page). Runs in Node.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/** Read and write for the owner only. */
export const privateFileMode = 0o600;
/** Read, write and enter for the owner only. */
export const privateFolderMode = 0o700;

/** Creates a folder (and any missing parents) for the owner only; an existing folder is left as it is. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: privateFolderMode });
}

/**
 * Makes sure `path` exists and only its owner can read it: a new file is created for the owner only,
 * and an existing one that others could read (left by an earlier version) is narrowed to the owner.
 */
export function ensurePrivateFile(path: string): void {
  try {
    // Only a file this call creates is opened: closing a descriptor drops every POSIX lock this
    // process holds on the file, and SQLite's locks are such locks.
    closeSync(openSync(path, 'wx', privateFileMode));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    narrowToOwner(path);
  }
}

/** Takes group and other access away from an existing file; does nothing on Windows or for a missing file. */
export function narrowToOwner(path: string): void {
  if (process.platform === 'win32' || !existsSync(path)) return;
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700);
}
