// SHA256SUMS in the format `sha256sum -c` and PowerShell users can check. Runs in Node at build time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line per file, `<hex>  <name>`, in the order given. */
export function sha256sums(dir: string, names: string[]): string {
  return names
    .map(
      (name) =>
        `${createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex')}  ${name}\n`,
    )
    .join('');
}
