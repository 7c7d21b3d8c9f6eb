// Warns when the settings file holding the secrets can be read by other users. Runs in Node.
import { statSync } from 'node:fs';

export function checkEnvFile(
  path: string,
  platform: NodeJS.Platform = process.platform,
): { ok: boolean; detail: string } | null {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return null;
  }
  // Windows keeps access rules in ACLs, which the mode bits do not show.
  if (platform === 'win32')
    return { ok: true, detail: `${path} exists; check that only the service account can read it` };
  if ((mode & 0o077) !== 0) {
    return {
      ok: false,
      detail: `${path} can be read by other users of this machine, and it may hold CLIENT_SECRET and SUPPLIER_KEY. Run: chmod 600 ${path}`,
    };
  }
  return { ok: true, detail: `${path} can be read only by its owner` };
}
