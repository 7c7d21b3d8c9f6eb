// The committed standalone schema code and field walkers must match what the spec data compiles to today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStandaloneSources } from '../scripts/standalone-code.ts';
import { buildWalkerSources } from '../scripts/walker-code.ts';

describe('generated record validators and field walkers', () => {
  it('are up to date with the spec data (run `npm run build:standalone -w validator` if not)', () => {
    const { js, dts } = buildStandaloneSources();
    const dir = new URL('../src/generated/', import.meta.url);
    expect(readFileSync(new URL('record-validators.js', dir), 'utf8')).toBe(js);
    expect(readFileSync(new URL('record-validators.d.ts', dir), 'utf8')).toBe(dts);
    const walkers = buildWalkerSources();
    expect(readFileSync(new URL('field-walkers.js', dir), 'utf8')).toBe(walkers.js);
    expect(readFileSync(new URL('field-walkers.d.ts', dir), 'utf8')).toBe(walkers.dts);
  });

  it('import nothing and compile no code at run time', () => {
    for (const file of ['record-validators.js', 'field-walkers.js']) {
      const js = readFileSync(new URL(`../src/generated/${file}`, import.meta.url), 'utf8');
      expect(js).not.toMatch(/\brequire\(|^import |\beval\(|new Function/m);
    }
  });
});
