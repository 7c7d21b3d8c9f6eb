// `csc-api run --source postgres` with rows that have data-quality errors: as with files, they are sent
// (the DfE API accepts them), counted in the summary, listed in the audit folder and kept with their rule
// ids in the state file; a dry run counts them too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectInvariant } from '../helpers/harness.ts';
import { makeChild, makeChildren } from '../helpers/make-children.ts';
import { useHarnessWithTable, usePostgres } from './database-harness.ts';

const server = usePostgres();

// C000004: a code not in the code set (the API accepts it). C000005: a null (the API rejects it).
function withDetails(index: number, changes: Record<string, unknown>): Record<string, unknown> {
  const child = makeChild(index);
  return { ...child, child_details: { ...(child.child_details as object), ...changes } };
}
const records = [...makeChildren(3), withDetails(4, { sex: 'Q' }), withDetails(5, { ethnicity: null })];

describe('a database run with data-quality errors', () => {
  const current = useHarnessWithTable(server);

  it('sends them, counts them in the summary, lists them in the audit folder and the state file', async () => {
    const { harness, table } = current();
    await table.load(records);

    const dry = await harness.cli(['run', '--json', '--dry-run'], table.env);
    expect(JSON.parse(dry.stdout)).toMatchObject({ sentWithDataQualityErrors: 1, invalid: 1 });

    const { code, stdout } = await harness.cli(['run', '--json'], table.env);
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ sent: 4, invalid: 1, sentWithDataQualityErrors: 1, holdOn: 'rejected' });
    expect(harness.mock.received.map((r) => r.laChildId)).toContain('C000004');

    const listed = JSON.parse(
      readFileSync(join(summary.auditFolder as string, 'sent-with-data-quality-errors.json'), 'utf8'),
    );
    expect(listed).toEqual([{ la_child_id: 'C000004', rules: ['code-set.unknown'] }]);

    const rulesOf = async () => {
      const status = await harness.cli(['status', '--json', '--records']);
      const parsed = JSON.parse(status.stdout) as { records: { laChildId: string; rules: string[] }[] };
      return new Map(parsed.records.map((record) => [record.laChildId, record.rules]));
    };
    const rules = await rulesOf();
    expect(rules.get('C000001')).toEqual([]);
    expect(rules.get('C000004')).toEqual(['code-set.unknown']);

    // A delta run sends nothing new; the child keeps its rule ids until a clean version is sent.
    const again = await harness.cli(['run', '--mode', 'delta'], table.env);
    expect(again.stdout).toContain('Sent with data-quality errors: 0');
    expect((await rulesOf()).get('C000004')).toEqual(['code-set.unknown']);
    expectInvariant(
      harness,
      records.map((record) => record.la_child_id as string),
    );
  });
});
