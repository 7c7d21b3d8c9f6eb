// The install pages show commands built from the release. The Linux check is run here for real, on a
// good and a cut-short download, so the output the page shows is the output sha256sum gives.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installCommands } from './install-commands';
import { describeRelease } from './release';

const release = describeRelease('2.0.1', 'https://github.com/example-org/example-repo');
const commands = installCommands(release);

describe('installCommands', () => {
  it('downloads the Windows executable and SHA256SUMS from the release', () => {
    expect(commands.windowsDownload).toContain(
      'https://github.com/example-org/example-repo/releases/download/csc-api-v2.0.1/$file',
    );
    expect(commands.windowsDownload).toContain("'csc-api-2.0.1-win-x64.exe', 'SHA256SUMS'");
    expect(commands.windowsVerify).toContain("$file = 'csc-api-2.0.1-win-x64.exe'");
    expect(commands.windowsVerify).toContain('Get-FileHash -Algorithm SHA256');
    expect(commands.windowsMismatch).toContain('csc-api-2.0.1-win-x64.exe does not match');
  });

  it('installs the tarball from the file alone', () => {
    expect(commands.npmInstall).toBe('npm install -g ./csc-api-2.0.1.tgz --offline');
  });
});

describe('the Linux checksum check, run as the page shows it', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  function downloadFolder(contents: Buffer, published: Buffer): string {
    folder = mkdtempSync(join(tmpdir(), 'csc-api-checksum-'));
    const name = release.assets.linuxExecutable;
    writeFileSync(join(folder, name), contents);
    const sum = createHash('sha256').update(published).digest('hex');
    // SHA256SUMS also lists files not downloaded; --ignore-missing must skip them.
    writeFileSync(
      join(folder, 'SHA256SUMS'),
      `${sum}  ${name}\n${'0'.repeat(64)}  ${release.assets.tarball}\n`,
    );
    return folder;
  }

  function check(cwd: string) {
    return spawnSync('sh', ['-c', commands.linuxVerify], { cwd, encoding: 'utf-8' });
  }

  it('passes a complete download', () => {
    const program = Buffer.from('a complete program\n'.repeat(100));
    const result = check(downloadFolder(program, program));
    expect(result.stdout).toBe(commands.linuxVerifiedOutput);
    expect(result.status).toBe(0);
  });

  it('fails a cut-short download with the output the page shows', () => {
    const program = Buffer.from('a complete program\n'.repeat(100));
    const result = check(downloadFolder(program.subarray(0, 1000), program));
    expect(result.status).toBe(1);
    // Newer coreutils add a line saying no file was verified; the page shows the lines every version prints.
    expect(`${result.stdout}${result.stderr}`.startsWith(commands.linuxMismatch)).toBe(true);
  });
});
