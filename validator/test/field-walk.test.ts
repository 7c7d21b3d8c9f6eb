// The generated field walkers against a straightforward walk of the same tree: on generated records with
// every fault and with values replaced by awkward ones, validate() reports exactly the code-set and date
// findings (ids, paths, params, order) that walking planFor()'s tree node by node gives.
import { describe, expect, it } from 'vitest';
import { type PlanNode, planFor } from '../src/field-plan.ts';
import { faults, generate } from '../src/generate/index.ts';
import { rules, validate } from '../src/index.ts';
import { escapePointerSegment } from '../src/json-pointer.ts';
import { resolveOptions } from '../src/options.ts';
import { isObject, type JsonObject } from '../src/record-access.ts';
import type { DateRule, RecordRuleContext } from '../src/rules/rule.ts';
import { codeSets, supportedSpecVersions } from '../src/spec/spec-data.ts';

const today = new Date('2026-11-26T10:00:00Z');
const dateRules = (rules as readonly { kind: string }[]).filter((r): r is DateRule => r.kind === 'date');
const walkedRules = new Set(['code-set.unknown', 'code-set.superseded', ...dateRules.map((r) => r.id)]);

interface Expected {
  rule: string;
  path: string;
  params: Record<string, unknown>;
}

/** The code-set and date findings of one record, by visiting the tree one node at a time. */
function referenceFindings(record: JsonObject, version: string, prefix: string): Expected[] {
  const { tomorrow } = resolveOptions({ today, spec: version });
  const out: Expected[] = [];
  const visit = (value: unknown, node: PlanNode, path: string) => {
    const leaf = node.leaf;
    if (leaf === undefined || typeof value !== 'string') return;
    if (leaf.kind === 'code') {
      const code = codeSets[leaf.codeSet as string]?.codes.find((c) => c.code === value);
      if (code?.superseded !== true && code !== undefined) return;
      const rule = code === undefined ? 'code-set.unknown' : 'code-set.superseded';
      out.push({ rule, path, params: expect.objectContaining({ field: leaf.name, value }) });
      return;
    }
    const context = { tomorrow } as RecordRuleContext;
    for (const rule of dateRules) {
      rule.checkDate(value, leaf.name, context, (params) => out.push({ rule: rule.id, path, params }));
    }
  };
  const walk = (parent: unknown, nodes: readonly PlanNode[], path: string) => {
    if (!isObject(parent)) return;
    for (const node of nodes) {
      const value = parent[node.key];
      if (value === undefined) continue;
      const here = `${path}/${escapePointerSegment(node.key)}`;
      const items = node.list ? (Array.isArray(value) ? value : []) : [value];
      items.forEach((item, i) => {
        const at = node.list ? `${here}/${i}` : here;
        visit(item, node, at);
        walk(item, node.children, at);
      });
    }
  };
  walk(record, planFor(version), prefix);
  return out;
}

/** A repeatable stream of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const awkward: unknown[] = [
  ...['', 'wbri', ' WBRI', 'WBRI ', 'X', 'NONE', '1A', 'zz', 'S'],
  ...['2020-02-30', '2099-01-01', '2020-13-01', '2020-1-1', '2024-02-29', '2023-02-29'],
  ...[null, 0, 1.5, true, [], {}, ['NONE', 'MOB'], ['mob', 'MOB', 7]],
];

/** Generated records with every fault that keeps them records, then values swapped for awkward ones. */
function faultyRecords(version: string, seed: number): JsonObject[] {
  let records = generate({ count: 150, seed, today, specVersion: version });
  faults.forEach((fault, n) => {
    const changed = fault.apply(records, { index: (n * 7) % records.length, today: '2026-11-26' });
    if (Array.isArray(changed) && changed.every(isObject)) records = changed;
  });
  const random = numbers(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  for (let n = 0; n < 400; n++) {
    let node: unknown = pick(records);
    let parent: Record<string, unknown> | unknown[] | undefined;
    let key: string | number | undefined;
    // Down to a value that is not an object or list, so most swaps hit a field rather than a whole block.
    while (node !== null && typeof node === 'object') {
      parent = node as Record<string, unknown> | unknown[];
      key = Array.isArray(parent) ? Math.floor(random() * parent.length) : pick(Object.keys(parent));
      if (key === undefined) break;
      node = (parent as Record<string | number, unknown>)[key];
    }
    if (parent !== undefined && key !== undefined) {
      (parent as Record<string | number, unknown>)[key] = structuredClone(pick(awkward));
    }
  }
  return records;
}

describe('the generated field walkers', () => {
  for (const version of supportedSpecVersions) {
    it(`report what a node-by-node walk reports, in the same order (spec ${version})`, () => {
      for (const seed of [3, 4]) {
        const records = faultyRecords(version, seed);
        const report = validate(JSON.stringify(records), { today, spec: version, mode: 'full' });
        const found = report.findings
          .filter((f) => walkedRules.has(f.rule))
          .map(({ rule, path, params }) => ({ rule, path, params }));
        const expected = records.flatMap((record, i) => referenceFindings(record, version, `/${i}`));
        expect(found.length).toBeGreaterThan(40);
        expect(found).toEqual(expected);
      }
    });
  }
});
