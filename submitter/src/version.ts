// The package version, read at build time from package.json.
import packageJson from '../package.json' with { type: 'json' };

export const version: string = packageJson.version;
