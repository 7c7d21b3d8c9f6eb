// What stops a record being sent, against the mock DfE API on loopback: by default only what the API would
// reject is withheld, and records with data-quality errors are sent, counted and listed; `--hold-on
// data-quality` (CSC_HOLD_ON) withholds them too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChild, makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

// C000004: a code not in the code set (the API accepts it). C000005: a null (the API rejects it).
// C000006: both kinds, so it is rejected, and reported once per finding.
function withDetails(index: number, changes: Record<string, unknown>): Record<string, unknown> {
  const child = makeChild(index);
  return { ...child, child_details: { ...(child.child_details as object), ...changes } };
}
const records = [
  ...makeChildren(3),
  withDetails(4, { sex: 'Q' }),
  withDetails(5, { ethnicity: null }),
  withDetails(6, { sex: 'Q', ethnicity: null }),
];
const ids = records.map((r) => r.la_child_id as string);

async function run(extra: string[] = [], env: Record<string, string> = {}) {
  const input = harness().writeInput('snapshot.json', records);
  return harness().cli(['run', '--input', input, ...extra], env);
}

interface StatusRecord {
  laChildId: string;
  status: string;
  rules: string[];
}

async function statusRecords(): Promise<Map<string, StatusRecord>> {
  const { stdout } = await harness().cli(['status', '--json', '--records']);
  const parsed = JSON.parse(stdout) as { records: StatusRecord[] };
  return new Map(parsed.records.map((r) => [r.laChildId, r]));
}

describe('by default (CSC_HOLD_ON=rejected)', () => {
  it('sends records with data-quality errors, withholds what the API would reject, and says so', async () => {
    const { code, stdout } = await run(['--json']);
    expect(code).toBe(1);
    expect(harness().mock.received.map((r) => r.laChildId)).toEqual([
      'C000001',
      'C000002',
      'C000003',
      'C000004',
    ]);
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ sent: 4, invalid: 2, sentWithDataQualityErrors: 1, holdOn: 'rejected' });

    const byId = await statusRecords();
    expect(byId.get('C000004')).toMatchObject({ status: 'sent', rules: ['code-set.unknown'] });
    expect(byId.get('C000001')).toMatchObject({ status: 'sent', rules: [] });
    expect(byId.get('C000005')).toMatchObject({ status: 'invalid', rules: ['schema.null'] });
    expect(byId.get('C000006')).toMatchObject({
      status: 'invalid',
      rules: ['schema.null', 'code-set.unknown'],
    });

    const listed = JSON.parse(
      readFileSync(join(summary.auditFolder as string, 'sent-with-data-quality-errors.json'), 'utf8'),
    );
    expect(listed).toEqual([{ la_child_id: 'C000004', rules: ['code-set.unknown'] }]);
    expectInvariant(harness(), ids);
  });

  it('prints the count in the run summary and lists the rule ids in status --records', async () => {
    const { stdout } = await run();
    expect(stdout).toContain('Sent with data-quality errors: 1');
    expect(stdout).toContain('Withheld:             2 (the DfE API would reject them)');
    const status = await harness().cli(['status', '--records']);
    expect(status.stdout).toMatch(/C000004 {2}sent .*\n {6}sent with data-quality errors: code-set\.unknown/);
  });
});

describe('--hold-on data-quality', () => {
  it('withholds records with data-quality errors as well', async () => {
    const { code, stdout } = await run(['--json', '--hold-on', 'data-quality']);
    expect(code).toBe(1);
    expect(harness().mock.received.map((r) => r.laChildId)).toEqual(['C000001', 'C000002', 'C000003']);
    expect(JSON.parse(stdout)).toMatchObject({ sent: 3, invalid: 3, sentWithDataQualityErrors: 0 });
    const byId = await statusRecords();
    expect(byId.get('C000004')).toMatchObject({ status: 'invalid', rules: ['code-set.unknown'] });
    expectInvariant(harness(), ids);
  });

  it('is read from CSC_HOLD_ON, and a value it does not know is a usage error', async () => {
    const held = await run(['--json'], { CSC_HOLD_ON: 'data-quality' });
    expect(JSON.parse(held.stdout)).toMatchObject({ invalid: 3, holdOn: 'data-quality' });
    const wrong = await run([], { CSC_HOLD_ON: 'warnings' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'CSC_HOLD_ON (--hold-on) must be "rejected" or "data-quality"; it is "warnings".',
    );
  });
});
