// The names of a csc-api release's tag and assets, derived from the package version. Plain TypeScript with no
// Node-only imports, so the release build, its tests and the docs site (at build time) share one definition.

export interface ReleaseAssets {
  windowsExecutable: string;
  linuxExecutable: string;
  tarball: string;
  checksums: string;
  sbom: string;
  thirdPartyLicenses: string;
}

export function releaseTag(version: string): string {
  return `csc-api-v${version}`;
}

export function releaseAssets(version: string): ReleaseAssets {
  return {
    windowsExecutable: `csc-api-${version}-win-x64.exe`,
    linuxExecutable: `csc-api-${version}-linux-x64`,
    tarball: `csc-api-${version}.tgz`,
    checksums: 'SHA256SUMS',
    sbom: `csc-api-${version}.sbom.cdx.json`,
    thirdPartyLicenses: 'THIRD-PARTY-LICENSES.txt',
  };
}
