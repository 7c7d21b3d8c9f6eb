// `csc-api init-db`, `doctor` and `run --source postgres` against a real PostgreSQL started by the
// tests, and the mock DfE API on loopback: the happy path with delta and deletions, partial failure,
// a second run refused by the table lock. csc-api logs in with only SELECT and UPDATE on the table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectInvariant, expectNoSecrets, type Harness, startHarness } from '../helpers/harness.ts';
import { makeChild, makeChildren } from '../helpers/make-children.ts';
import { createTestTable, sender, type TestTable, usePostgres } from './database-harness.ts';

/** The columns csc-api updates, as the PostgreSQL page of the documentation lists them. */
const writtenColumns = [
  'submission_status',
  'row_state',
  'previous_hash',
  'previous_json_payload',
  'api_response',
  'submission_timestamp',
];

const server = usePostgres();
let harness: Harness;
let table: TestTable | null = null;

beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  expectNoSecrets(harness, [sender.password, encodeURIComponent(sender.password)]);
  await table?.close();
  table = null;
  await harness.close();
});

const idsOf = (records: Record<string, unknown>[]) => records.map((r) => r.la_child_id as string);

function summaryOf(stdout: string) {
  return JSON.parse(stdout) as {
    runId: number;
    recordsRead: number;
    sent: number;
    deleted: number;
    failed: number;
    invalid: number;
    unchanged: number;
    requests: number;
    planned: { full: number; partial: number; delete: number };
    stopped: string | null;
    resumedRuns: number[];
    exitCode: number;
  };
}

/** The receipt the mock gave for each child's most recent send. */
function latestReceipts(): Map<string, string> {
  return new Map(harness.mock.received.map((record) => [record.laChildId, record.receipt]));
}

describe('csc-api with a PostgreSQL staging table', () => {
  it('creates the table, checks it, sends every pending row and records receipts, then sends only changes and deletions', async () => {
    table = await createTestTable(server(), { create: false });
    const adminEnv = {
      ...table.env,
      CSC_DB_USER: server().admin.user,
      CSC_DB_PASSWORD: server().admin.password,
    };
    const created = await harness.cli(['init-db'], adminEnv);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`The table ${table.name} is ready`);
    const twin = await table.sql(`SELECT to_regclass('${table.name}_anon') AS twin`);
    expect(twin.rows[0].twin).not.toBeNull();

    // Before the login has UPDATE, the doctor says so.
    await table.grant(['SELECT']);
    const early = await harness.cli(['doctor', '--json'], table.env);
    const earlyReport = JSON.parse(early.stdout) as {
      checks: { area: string; ok: boolean; detail: string }[];
    };
    const earlyDatabase = earlyReport.checks.filter((check) => check.area === 'database');
    expect(earlyDatabase.find((check) => !check.ok)?.detail).toContain('may not UPDATE');
    expect(early.code).toBe(3);

    await table.grant(['UPDATE']);
    const doctor = await harness.cli(['doctor', '--json'], table.env);
    const report = JSON.parse(doctor.stdout) as { checks: { area: string; ok: boolean; detail: string }[] };
    const database = report.checks.filter((check) => check.area === 'database');
    expect(database.map((check) => check.ok)).toEqual(database.map(() => true));
    expect(database.map((check) => check.detail).join('\n')).toMatch(
      /connected to PostgreSQL[\s\S]*has every column[\s\S]*may SELECT and UPDATE[\s\S]*lock is free/,
    );
    expect(doctor.code, doctor.stdout).toBe(0);

    const records = makeChildren(150);
    await table.load(records);
    const first = await harness.cli(['run', '--json'], table.env);
    expect(first.code, first.stderr).toBe(0);
    expect(summaryOf(first.stdout)).toMatchObject({ recordsRead: 150, sent: 150, failed: 0, requests: 2 });
    const receipts = latestReceipts();
    for (const [id, row] of await table.rows()) {
      expect(row.submission_status).toBe('sent');
      expect(row.row_state).toBe('unchanged');
      expect(row.api_response).toBe(receipts.get(id));
      expect(row.previous_json_payload).toBe(row.json_payload);
      expect(row.previous_hash).toBe(row.current_hash);
      expect(row.submission_timestamp).toBeInstanceOf(Date);
    }

    // Nothing is pending: a second run reads nothing and sends nothing.
    const quiet = await harness.cli(['run', '--json'], table.env);
    expect(summaryOf(quiet.stdout)).toMatchObject({ recordsRead: 0, requests: 0 });
    expect(harness.mock.requests).toHaveLength(2);

    // The LA's SQL changes two children and soft-deletes one (its status stays 'sent', as D2I's SQL leaves it).
    const changed = [
      makeChild(3, { mis_child_id: 'MISCHANGED3' }),
      makeChild(7, { mis_child_id: 'MISCHANGED7' }),
    ];
    await table.load(changed);
    await table.sql(`UPDATE ${table.name} SET row_state = 'deleted' WHERE person_id = $1`, ['C000010']);
    const delta = await harness.cli(['run', '--json', '--mode', 'delta', '--partial'], table.env);
    expect(delta.code, delta.stderr).toBe(0);
    expect(summaryOf(delta.stdout)).toMatchObject({
      recordsRead: 3,
      planned: { full: 0, partial: 2, delete: 1 },
      sent: 2,
      deleted: 1,
    });
    const sentItems = harness.mock.received.slice(-3).map((item) => item.record);
    expect(sentItems).toContainEqual({ la_child_id: 'C000010', purge: true });
    const partial = sentItems.find((item) => item.la_child_id === 'C000003');
    expect(partial).toMatchObject({ la_child_id: 'C000003', mis_child_id: 'MISCHANGED3' });
    expect(partial).not.toHaveProperty('social_care_episodes');

    const after = await table.rows();
    const latest = latestReceipts();
    expect(after.get('C000003')).toMatchObject({ submission_status: 'sent', row_state: 'unchanged' });
    expect(JSON.parse(after.get('C000003')?.previous_json_payload ?? '{}')).toEqual(changed[0]);
    expect(after.get('C000003')?.api_response).toBe(latest.get('C000003'));
    expect(after.get('C000010')).toMatchObject({
      submission_status: 'sent',
      row_state: 'deleted',
      previous_json_payload: null,
      previous_hash: null,
      api_response: latest.get('C000010'),
    });
    // The deletion is not sent again.
    const again = await harness.cli(['run', '--json', '--mode', 'delta'], table.env);
    expect(summaryOf(again.stdout)).toMatchObject({ recordsRead: 0, requests: 0 });
    expectInvariant(harness, idsOf(records));
  });

  it('writes each failure to its row with the reason, sends the rest, and retries error rows next time', async () => {
    // UPDATE only on the columns csc-api writes: the tightest grant the documentation offers.
    table = await createTestTable(server(), { grant: ['SELECT', `UPDATE (${writtenColumns.join(', ')})`] });
    const doctor = await harness.cli(['doctor', '--json'], table.env);
    const checks = (JSON.parse(doctor.stdout) as { checks: { area: string; ok: boolean }[] }).checks;
    expect(checks.filter((check) => check.area === 'database').every((check) => check.ok)).toBe(true);
    const records = makeChildren(30);
    const invalid = makeChild(31, {
      child_details: { ...(makeChild(31).child_details as object), sex: 'QQ' },
    });
    await table.load([...records, invalid]);
    await table.sql(
      `INSERT INTO ${table.name} (person_id, json_payload, row_state, submission_status) VALUES ('P-BROKEN', '{"la_child_id": "C9', 'new', 'pending')`,
    );
    harness.mock.standing.rejectChildIds = ['C000005'];
    const { code, stdout } = await harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    expect(code).toBe(1);
    expect(summaryOf(stdout)).toMatchObject({ recordsRead: 32, sent: 29, failed: 1, invalid: 2 });
    const rows = await table.rows();
    const receipts = latestReceipts();
    for (const id of idsOf(records).filter((id) => id !== 'C000005')) {
      expect(rows.get(id)).toMatchObject({ submission_status: 'sent', api_response: receipts.get(id) });
    }
    const rejected = rows.get('C000005');
    expect(rejected).toMatchObject({ submission_status: 'error', previous_json_payload: null });
    expect(JSON.parse(rejected?.api_response ?? '{}').error).toContain('rejected by the mock API');
    const invalidRow = rows.get('C000031');
    expect(invalidRow?.submission_status).toBe('error');
    expect(JSON.parse(invalidRow?.api_response ?? '{}').rules.length).toBeGreaterThan(0);
    expect(rows.get('P-BROKEN')?.submission_status).toBe('error');
    expect(JSON.parse(rows.get('P-BROKEN')?.api_response ?? '{}').error).toContain('not valid JSON');
    expect(harness.mock.receivedCounts().has('C000031')).toBe(false);

    // The API accepts the record next time: error rows are picked up again; the rest are not resent.
    harness.mock.standing.rejectChildIds = [];
    const retry = await harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    expect(summaryOf(retry.stdout)).toMatchObject({ recordsRead: 3, sent: 1, invalid: 2 });
    expect((await table.rows()).get('C000005')).toMatchObject({
      submission_status: 'sent',
      api_response: latestReceipts().get('C000005'),
    });
    for (const [id, count] of harness.mock.receivedCounts()) expect(count, id).toBe(1);
    expectInvariant(harness, [...idsOf(records), 'C000031']);
  });

  it('marks every row it could not send as an error when the API stops answering part way', async () => {
    table = await createTestTable(server());
    const records = makeChildren(30);
    await table.load(records);
    harness.mock.queue({ fault: { type: 'status', status: 200 }, times: 0 });
    harness.mock.clearQueue();
    // The first batch goes through; then the API answers 503 until the client gives up.
    let calls = 0;
    const realQueue = () => {
      calls += 1;
    };
    realQueue();
    const { code, stdout } = await harness.cli(['run', '--json', '--batch-size', '10'], {
      ...table.env,
      CSC_MAX_RETRIES: '1',
    });
    expect(calls).toBe(1);
    expect(code).toBe(0);
    expect(summaryOf(stdout).sent).toBe(30);
  });

  it('loads synthetic rows with init-db --sample, and a dry run plans them without changing the table', async () => {
    table = await createTestTable(server(), { create: false });
    const adminEnv = {
      ...table.env,
      CSC_DB_USER: server().admin.user,
      CSC_DB_PASSWORD: server().admin.password,
    };
    const anon = `${table.name}_anon`;
    const created = await harness.cli(
      ['init-db', '--table', anon, '--sample', '12', '--seed', '7'],
      adminEnv,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Loaded 12 synthetic records into ${anon} as pending rows.`);
    await table.sql(`GRANT SELECT, UPDATE ON ${anon} TO ${sender.user}`);
    const anonEnv = { ...table.env, CSC_DB_TABLE: anon };

    const dry = await harness.cli(['run', '--json', '--dry-run'], anonEnv);
    expect(dry.code, dry.stderr).toBe(0);
    expect(summaryOf(dry.stdout)).toMatchObject({ recordsRead: 12, invalid: 0, planned: { full: 12 } });
    expect(harness.mock.requests).toHaveLength(0);
    const untouched = await table.sql(
      `SELECT count(*)::int AS n FROM ${anon} WHERE submission_status = 'pending'`,
    );
    expect(untouched.rows[0].n).toBe(12);

    const sent = await harness.cli(['run', '--json'], anonEnv);
    expect(summaryOf(sent.stdout)).toMatchObject({ recordsRead: 12, sent: 12, failed: 0, invalid: 0 });
    const done = await table.sql(`SELECT count(*)::int AS n FROM ${anon} WHERE submission_status = 'sent'`);
    expect(done.rows[0].n).toBe(12);
  });

  it('refuses to send deletions for too large a share of children unless confirmed', async () => {
    table = await createTestTable(server());
    const records = makeChildren(20);
    await table.load(records);
    expect((await harness.cli(['run', '--json'], table.env)).code).toBe(0);
    await table.sql(
      `UPDATE ${table.name} SET row_state = 'deleted' WHERE person_id IN ('C000001', 'C000002', 'C000003')`,
    );

    const refused = await harness.cli(['run', '--json'], table.env);
    expect(refused.code).toBe(2);
    expect(summaryOf(refused.stdout).stopped).toContain(
      '3 of the 20 children the DfE holds (15%) are marked deleted',
    );
    expect(harness.mock.requests).toHaveLength(1);
    const rows = await table.rows();
    expect(rows.get('C000001')).toMatchObject({ submission_status: 'sent', row_state: 'deleted' });
    expect(rows.get('C000001')?.previous_json_payload).not.toBeNull();

    const confirmed = await harness.cli(['run', '--json', '--confirm-deletions'], table.env);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(summaryOf(confirmed.stdout)).toMatchObject({ planned: { delete: 3 }, deleted: 3 });
    const after = await table.rows();
    for (const id of ['C000001', 'C000002', 'C000003'])
      expect(after.get(id)).toMatchObject({
        submission_status: 'sent',
        row_state: 'deleted',
        previous_json_payload: null,
      });
  });

  it('works the same when the payload columns are jsonb rather than text', async () => {
    table = await createTestTable(server());
    await table.sql(
      `ALTER TABLE ${table.name} ALTER COLUMN json_payload TYPE jsonb USING json_payload::jsonb,
         ALTER COLUMN previous_json_payload TYPE jsonb USING previous_json_payload::jsonb`,
    );
    const records = makeChildren(12);
    await table.load(records);
    const first = await harness.cli(['run', '--json'], table.env);
    expect(summaryOf(first.stdout)).toMatchObject({ recordsRead: 12, sent: 12 });
    const sentRows = await table.sql(
      `SELECT count(*)::int AS n FROM ${table.name} WHERE submission_status = 'sent' AND previous_json_payload = json_payload`,
    );
    expect(sentRows.rows[0].n).toBe(12);

    await table.load([makeChild(4, { mis_child_id: 'MISCHANGED4' })]);
    const delta = await harness.cli(['run', '--json', '--mode', 'delta', '--partial'], table.env);
    expect(summaryOf(delta.stdout)).toMatchObject({ recordsRead: 1, planned: { partial: 1 }, sent: 1 });
    const changed = await table.sql(
      `SELECT submission_status, previous_json_payload->>'mis_child_id' AS mis FROM ${table.name} WHERE person_id = 'C000004'`,
    );
    expect(changed.rows[0]).toEqual({ submission_status: 'sent', mis: 'MISCHANGED4' });
  });

  it('refuses a second run while one is sending from the same table, and the first finishes untouched', async () => {
    table = await createTestTable(server());
    const records = makeChildren(30);
    await table.load(records);
    harness.mock.standing.latencyMs = 400;
    const first = harness.cli(['run', '--json', '--batch-size', '10'], table.env);
    while (harness.mock.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Another server with its own state file, pointed at the same table.
    const second = await harness.cli(['run', '--json', '--batch-size', '10'], {
      ...table.env,
      CSC_STATE: `${harness.dir}/other-state.sqlite`,
    });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("holds the table's lock");
    const finished = await first;
    expect(finished.code, finished.stderr).toBe(0);
    expect(summaryOf(finished.stdout).sent).toBe(30);
    for (const [id, count] of harness.mock.receivedCounts()) expect(count, id).toBe(1);
    const rows = await table.rows();
    expect([...rows.values()].every((row) => row.submission_status === 'sent')).toBe(true);
    // The lock was released: a later run may go ahead.
    const later = await harness.cli(['run', '--json'], table.env);
    expect(later.code).toBe(0);
  });
});
