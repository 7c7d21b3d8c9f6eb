// Writes src/generated/record-validators.{js,d.ts} and src/generated/field-walkers.{js,d.ts} from the spec
// data. Runs in Node: `npm run build:standalone -w validator`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildStandaloneSources } from './standalone-code.ts';
import { buildWalkerSources } from './walker-code.ts';

const dir = new URL('../src/generated/', import.meta.url);
mkdirSync(dir, { recursive: true });
const { js, dts } = buildStandaloneSources();
writeFileSync(new URL('record-validators.js', dir), js);
writeFileSync(new URL('record-validators.d.ts', dir), dts);
const walkers = buildWalkerSources();
writeFileSync(new URL('field-walkers.js', dir), walkers.js);
writeFileSync(new URL('field-walkers.d.ts', dir), walkers.dts);
process.stdout.write(
  `Wrote record-validators.js (${js.length} characters), field-walkers.js (${walkers.js.length}) and their .d.ts\n`,
);
