// Commands and their expected output, for the install pages, built from a release so that every file
// name and address follows the package version. Commands without a version in them are written in
// the pages themselves. Runs in Node at build time.
import type { Release } from './release';

export interface InstallCommands {
  /** PowerShell: download the Windows executable and SHA256SUMS into a folder named after the version. */
  windowsDownload: string;
  /** PowerShell: compare the executable's SHA-256 with the one listed in SHA256SUMS. */
  windowsVerify: string;
  /** What windowsVerify prints when the file is cut short or changed (the hashes shortened). */
  windowsMismatch: string;
  /** Shell: download the Linux executable and SHA256SUMS. */
  linuxDownload: string;
  /** Shell: check every downloaded file against SHA256SUMS. */
  linuxVerify: string;
  linuxVerifiedOutput: string;
  /** The first lines linuxVerify prints (standard output, then standard error) when the file is cut short or changed. */
  linuxMismatch: string;
  /** Shell: put the executable in place under its version's name and point /opt/csc-api/csc-api at it. */
  linuxInstall: string;
  npmInstall: string;
}

/** Where the Windows pages keep each version's downloads. */
export const windowsInstallFolder = 'C:\\csc-api';

export function installCommands(release: Release): InstallCommands {
  const { assets, version } = release;
  const windowsDownloads = `${windowsInstallFolder}\\releases\\${version}`;
  return {
    windowsDownload: [
      `New-Item -ItemType Directory -Force ${windowsDownloads} | Out-Null`,
      `Set-Location ${windowsDownloads}`,
      `foreach ($file in '${assets.windowsExecutable}', '${assets.checksums}') {`,
      `  Invoke-WebRequest -UseBasicParsing -OutFile $file -Uri "${release.downloadUrl('$file')}"`,
      '}',
    ].join('\n'),
    windowsVerify: [
      `Set-Location ${windowsDownloads}`,
      `$file = '${assets.windowsExecutable}'`,
      `$expected = ((Get-Content .\\${assets.checksums} | Where-Object { $_.EndsWith($file) }) -split '\\s+')[0]`,
      '$actual = (Get-FileHash -Algorithm SHA256 ".\\$file").Hash',
      `if ($expected -and $actual -eq $expected) { "OK: $file matches ${assets.checksums}" } else { "STOP: $file does not match ${assets.checksums}. Expected $expected, got $actual" }`,
    ].join('\n'),
    windowsMismatch: `STOP: ${assets.windowsExecutable} does not match ${assets.checksums}. Expected 5f2c…e81a, got 9d04…3b7c`,
    linuxDownload: [
      `mkdir -p ~/csc-api-${version} && cd ~/csc-api-${version}`,
      `curl --fail --location --remote-name ${release.downloadUrl(assets.linuxExecutable)}`,
      `curl --fail --location --remote-name ${release.downloadUrl(assets.checksums)}`,
    ].join('\n'),
    linuxVerify: `sha256sum --check --ignore-missing ${assets.checksums}`,
    linuxVerifiedOutput: `${assets.linuxExecutable}: OK\n`,
    linuxMismatch: `${assets.linuxExecutable}: FAILED\nsha256sum: WARNING: 1 computed checksum did NOT match\n`,
    linuxInstall: [
      'sudo install -d -o root -g root -m 0755 /opt/csc-api',
      `sudo install -o root -g root -m 0755 ${assets.linuxExecutable} /opt/csc-api/csc-api-${version}`,
      `sudo ln -sfn csc-api-${version} /opt/csc-api/csc-api`,
    ].join('\n'),
    npmInstall: `npm install -g ./${assets.tarball} --offline`,
  };
}
