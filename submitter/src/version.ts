// The package version, read at build time from package.json, and the one line `csc-api --version` prints.
import { currentSpecVersion } from 'csc-api-validator/current-spec-version';
import packageJson from '../package.json' with { type: 'json' };

export const version: string = packageJson.version;

/** For example `csc-api 0.2.0 (DfE spec 1.0.1, Node 22.23.3)`. */
export function versionLine(): string {
  return `csc-api ${version} (DfE spec ${currentSpecVersion}, Node ${process.versions.node})`;
}
