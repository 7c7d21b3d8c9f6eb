// The committed standalone schema code must match what the spec data compiles to today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStandaloneSources } from '../scripts/standalone-code.ts';

describe('generated record validators', () => {
  it('are up to date with the spec data (run `npm run build:standalone -w validator` if not)', () => {
    const { js, dts } = buildStandaloneSources();
    const dir = new URL('../src/generated/', import.meta.url);
    expect(readFileSync(new URL('record-validators.js', dir), 'utf8')).toBe(js);
    expect(readFileSync(new URL('record-validators.d.ts', dir), 'utf8')).toBe(dts);
  });

  it('import nothing and compile no code at run time', () => {
    const js = readFileSync(new URL('../src/generated/record-validators.js', import.meta.url), 'utf8');
    expect(js).not.toMatch(/\brequire\(|^import |\beval\(|new Function/m);
  });
});
