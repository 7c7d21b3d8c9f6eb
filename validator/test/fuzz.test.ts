// validate() and locate() never throw on bad data, however strange; the syntax scanner agrees with
// JSON.parse about what is valid JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate/index.ts';
import { locate, type ValidationReport, validate } from '../src/index.ts';
import { findSyntaxProblem } from '../src/json-syntax.ts';

const today = new Date('2026-11-26T10:00:00Z');
const base = generate({ count: 3, seed: 99, today });

function expectReport(report: ValidationReport): void {
  expect(report.summary.errors + report.summary.warnings).toBe(report.findings.length);
  for (const f of report.findings) {
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.hint.length).toBeGreaterThan(0);
  }
}

/** Replaces a random value somewhere inside the records with another arbitrary value. */
function mutate(records: unknown, path: number[], replacement: unknown): unknown {
  const copy = structuredClone(records);
  let node: unknown = copy;
  let parent: Record<string | number, unknown> | undefined;
  let key: string | number | undefined;
  for (const step of path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    key = Array.isArray(node) ? step % node.length : (keys[step % keys.length] as string);
    parent = node as Record<string | number, unknown>;
    node = parent[key];
  }
  if (parent !== undefined && key !== undefined) parent[key] = replacement;
  return copy;
}

describe('validate never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectReport(validate(value, { today }));
        expectReport(validate([value], { today }));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectReport(validate(text, { today }));
      }),
      { numRuns: 300 },
    );
  });

  it('on generated records with a value somewhere replaced by anything', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.anything(), (path, replacement) => {
        const mutated = mutate(base, path, replacement);
        expectReport(validate(mutated, { today }));
        expectReport(validate(JSON.stringify(mutated) ?? '', { today, mode: 'delta' }));
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated text of generated records', () => {
    const text = JSON.stringify(base);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ unit: 'binary', maxLength: 3 }), (at, insert) => {
        const broken = text.slice(0, at) + insert + text.slice(at + 1);
        const report = validate(broken, { today });
        expectReport(report);
        for (const f of report.findings.slice(0, 5)) locate(broken, f.path);
      }),
      { numRuns: 300 },
    );
  });

  it('on a 10 MB string', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    expect(validate(big, { today }).findings.map((f) => f.rule)).toEqual(['syntax.json']);
    expect(validate(`"${big}"`, { today }).findings.map((f) => f.rule)).toEqual(['syntax.not-records']);
    const report = validate([{ la_child_id: 'A1', child_details: { first_name: big } }], {
      today,
      mode: 'delta',
    });
    expect(report.findings).toEqual([]);
  });

  it('on 100,000-deep nesting, as text and as a value', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expectReport(validate(text, { today }));
    expectReport(validate(`${'['.repeat(depth)}`, { today }));
    expectReport(
      validate(`[{"la_child_id":"A","child_details":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}]`, {
        today,
      }),
    );
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { x: value };
    expectReport(validate([{ la_child_id: 'A', child_details: value }], { today }));
    expectReport(validate([{ la_child_id: 'A', social_care_episodes: [value] }], { today }));
    expect(locate(text, `/0${'/0'.repeat(200)}`)).not.toBeNull();
  });

  it('on keys that name object internals', () => {
    const text =
      '[{"la_child_id":"A1","__proto__":{"x":1},"constructor":"c","child_details":{"toString":1,"hasOwnProperty":2}}]';
    const report = validate(text, { today, mode: 'delta' });
    expect(report.findings.map((f) => f.path).sort()).toEqual([
      '/0/__proto__',
      '/0/child_details/hasOwnProperty',
      '/0/child_details/toString',
      '/0/constructor',
    ]);
  });

  it('on lone surrogates in names and keys', () => {
    const record = {
      la_child_id: 'A1',
      child_details: { first_name: '\ud800x', surname: 'y\udfff' },
      '\udc00': 1,
    };
    const report = validate(JSON.stringify([record]), { today, mode: 'delta' });
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'schema.unknown-field',
      'text-characters',
      'text-characters',
    ]);
  });
});

describe('the syntax scanner', () => {
  it('finds a problem exactly when JSON.parse fails', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc
            .json()
            .chain((json) => fc.tuple(fc.constant(json), fc.nat(json.length), fc.string({ maxLength: 2 })))
            .map(([json, at, insert]) => json.slice(0, at) + insert + json.slice(at)),
        ),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          expect(findSyntaxProblem(text) === null).toBe(parses);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
