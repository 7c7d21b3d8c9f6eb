// The release's bill of materials: every npm package esbuild put into the bundles (known from esbuild's
// metafiles), with the version and licence from its installed package.json, plus the Node inside the
// executables. Writes a CycloneDX 1.5 JSON SBOM and THIRD-PARTY-LICENSES.txt. Runs in Node at build time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Metafile } from 'esbuild';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The package's folder in node_modules. */
  dir: string;
}

/** The nearest folder at or above `dir` whose package.json names a package (some hold only `type`). */
function packageDirOf(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    const file = join(at, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name && json.version) return at;
    }
    if (dirname(at) === at) throw new Error(`No package.json with a name above ${dir}`);
  }
}

/**
 * The packages whose files are in any of the bundles, other than `self`, one entry per name and version,
 * sorted. Metafile paths are relative to `workingDir`.
 */
export function bundledPackages(metafiles: Metafile[], workingDir: string, self: string): BundledPackage[] {
  const found = new Map<string, BundledPackage>();
  const dirs = new Set<string>();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      dirs.add(packageDirOf(dirname(resolve(workingDir, input))));
    }
  }
  for (const dir of dirs) {
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string;
    };
    const key = `${json.name}@${json.version}`;
    if (json.name !== self && !found.has(key)) {
      found.set(key, { name: json.name, version: json.version, license: json.license ?? 'UNKNOWN', dir });
    }
  }
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

function purl(name: string, version: string): string {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}

function licenses(license: string): object[] {
  return /\s(OR|AND|WITH)\s|[()]/.test(license) ? [{ expression: license }] : [{ license: { id: license } }];
}

export interface SbomInput {
  name: string;
  version: string;
  license: string;
  packages: BundledPackage[];
  nodePackages: { name: string; version: string; integrity: string }[];
}

/** CycloneDX 1.5 JSON. No timestamp, and a serial number derived from the content, so it is reproducible. */
export function cycloneDx(input: SbomInput): string {
  const components = [
    ...input.packages.map((p) => ({
      type: 'library',
      'bom-ref': purl(p.name, p.version),
      name: p.name,
      version: p.version,
      purl: purl(p.name, p.version),
      licenses: licenses(p.license),
    })),
    ...input.nodePackages.map((p) => ({
      type: 'platform',
      'bom-ref': purl(p.name, p.version),
      name: p.name,
      version: p.version,
      description: 'The Node.js runtime inside the executable for this platform',
      purl: purl(p.name, p.version),
      licenses: licenses('MIT'),
      hashes: [
        {
          alg: 'SHA-512',
          content: Buffer.from(p.integrity.replace(/^sha512-/, ''), 'base64').toString('hex'),
        },
      ],
    })),
  ];
  const body = {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      component: {
        type: 'application',
        'bom-ref': purl(input.name, input.version),
        name: input.name,
        version: input.version,
        purl: purl(input.name, input.version),
        licenses: licenses(input.license),
      },
    },
    components,
  };
  const hex = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `${JSON.stringify({ ...body, serialNumber: `urn:uuid:${uuid}` }, null, 2)}\n`;
}

function licenceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => /^(licen[cs]e|copying|notice)/i.test(file))
    .sort()
    .map((file) => join(dir, file));
}

/** Each bundled package's licence text, then Node's when the executables are described, in one file. */
export function thirdPartyLicences(
  packages: BundledPackage[],
  node?: { licenceFile: string; version: string },
): string {
  const rule = '='.repeat(78);
  const sections = packages.map((p) => {
    const files = licenceFiles(p.dir);
    const text =
      files.length > 0
        ? files.map((file) => readFileSync(file, 'utf8').trim()).join('\n\n')
        : `The package has no licence file; its package.json declares the licence ${p.license}.`;
    return `${rule}\n${p.name} ${p.version} (${p.license})\n${rule}\n\n${text}\n`;
  });
  if (node) {
    const text = readFileSync(node.licenceFile, 'utf8').trim();
    sections.push(
      `${rule}\nNode.js ${node.version} (MIT), inside the executables only\n${rule}\n\n${text}\n`,
    );
  }
  return `Licences of the software bundled into csc-api\n\n${sections.join('\n')}`;
}
