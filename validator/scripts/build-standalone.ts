// Writes src/generated/record-validators.{js,d.ts} from the spec data. Runs in Node:
// `npm run build:standalone -w validator`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildStandaloneSources } from './standalone-code.ts';

const dir = new URL('../src/generated/', import.meta.url);
mkdirSync(dir, { recursive: true });
const { js, dts } = buildStandaloneSources();
writeFileSync(new URL('record-validators.js', dir), js);
writeFileSync(new URL('record-validators.d.ts', dir), dts);
process.stdout.write(`Wrote record-validators.js (${js.length} characters) and record-validators.d.ts\n`);
