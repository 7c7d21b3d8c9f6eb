import { summarise } from 'csc-api-validator';
import { describe, expect, it } from 'vitest';
import {
  filterFindings,
  flattenFindings,
  groupByChild,
  groupByRule,
  noFilter,
  totalsOf,
} from './finding-groups.ts';
import type { CheckedSource, Finding } from './worker-protocol.ts';

function finding(
  rule: string,
  severity: Finding['severity'],
  childId: string | null,
  record: number | null,
): Finding {
  return {
    rule,
    severity,
    consequence: rule === 'e2' ? 'rejected' : 'data-quality',
    message: `${rule} message`,
    hint: `${rule} hint`,
    path: '',
    record,
    childId,
    params: {},
  };
}

function source(name: string, findings: Finding[], records: number): CheckedSource {
  return {
    name,
    bytes: 10,
    positions: null,
    readMs: 0,
    checkMs: 0,
    report: {
      spec: '1.0.1',
      mode: 'full',
      format: 'array',
      summary: summarise(
        Array.from({ length: records }, (_, i) => ({ la_child_id: `${name}-${i}` })),
        findings,
      ),
      findings,
    },
  };
}

const results = [
  source(
    'a.json',
    [finding('w1', 'warning', 'C1', 0), finding('e1', 'error', 'C1', 0), finding('e2', 'error', 'C2', 1)],
    2,
  ),
  source('b.json', [finding('e2', 'error', 'C3', 0), finding('e2', 'error', null, null)], 1),
];

describe('finding groups', () => {
  it('keeps each finding’s source and index in its report', () => {
    const all = flattenFindings(results);
    expect(all.map((f) => [f.sourceName, f.index])).toEqual([
      ['a.json', 0],
      ['a.json', 1],
      ['a.json', 2],
      ['b.json', 0],
      ['b.json', 1],
    ]);
  });

  it('adds up the summaries of every source', () => {
    expect(totalsOf(results)).toEqual({
      records: 3,
      children: 3,
      errors: 4,
      warnings: 1,
      rejectedRecords: 2,
      rejectedChildren: 2,
      dataQualityErrors: 1,
      outcome: 'not-ready',
    });
  });

  it('puts errors first, then the most frequent rule, with titles from the registry', () => {
    const groups = groupByRule(flattenFindings(results), [
      { id: 'e2', title: 'Second error', anchor: 'second-error' },
    ]);
    expect(groups.map((g) => [g.rule, g.title, g.anchor, g.findings.length])).toEqual([
      ['e2', 'Second error', 'second-error', 3],
      ['e1', 'e1', 'e1', 1],
      ['w1', 'w1', 'w1', 1],
    ]);
  });

  it('puts what the DfE API would reject before a more frequent data-quality error', () => {
    const many = [
      source(
        'c.json',
        [finding('e1', 'error', 'C1', 0), finding('e1', 'error', 'C2', 1), finding('e2', 'error', 'C3', 2)],
        3,
      ),
    ];
    expect(groupByRule(flattenFindings(many), []).map((g) => [g.rule, g.consequence])).toEqual([
      ['e2', 'rejected'],
      ['e1', 'data-quality'],
    ]);
  });

  it('groups by child, naming records without an id and whole-file findings', () => {
    const children = groupByChild(flattenFindings(results));
    expect(children.map((c) => [c.childId, c.errors, c.warnings])).toEqual([
      ['C1', 1, 1],
      ['C2', 1, 0],
      ['C3', 1, 0],
      ['Whole file', 1, 0],
    ]);
  });

  it('filters by severity, rule and part of a child id', () => {
    const all = flattenFindings(results);
    expect(filterFindings(all, noFilter)).toHaveLength(5);
    expect(filterFindings(all, { ...noFilter, severity: 'warning' }).map((f) => f.rule)).toEqual(['w1']);
    expect(filterFindings(all, { ...noFilter, rule: 'e2', childId: 'c' }).map((f) => f.childId)).toEqual([
      'C2',
      'C3',
    ]);
  });
});
