// The staging table learns what became of each record only through the pipeline's afterBatch hook. In real
// runs against a PostgreSQL started by the tests and the mock DfE API, the hook is handed confirmed and
// failed records batch by batch, and after a stop the records the stop left unsent; every row ends as the
// hook was told. Should the outcomes stop reaching the hook, the rows stay pending and these tests fail.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandContext, ParsedArgs } from '../../src/command.ts';
import { runAndReport } from '../../src/commands/run/run-and-report.ts';
import { loadSettings } from '../../src/config/load-settings.ts';
import { openDatabase } from '../../src/database/open-database.ts';
import { StagingTable } from '../../src/database/staging-table.ts';
import { tableSource } from '../../src/database/table-source.ts';
import { RefusedError } from '../../src/errors.ts';
import { runSubmission } from '../../src/pipeline/run-submission.ts';
import type { BatchDone, RecordOutcome, SubmissionSource } from '../../src/pipeline/submission-source.ts';
import { Redactor } from '../../src/redact/redactor.ts';
import { expectInvariant } from '../helpers/harness.ts';
import { makeChildren } from '../helpers/make-children.ts';
import { useHarnessWithTable, usePostgres } from './database-harness.ts';

const server = usePostgres();
const current = useHarnessWithTable(server);

/**
 * `csc-api run --json --batch-size 10` from the table, assembled as the command assembles it, with the
 * table source's afterBatch hook watched: `watch` sees each call before the table does.
 */
async function runWatched(
  watch: (done: BatchDone) => void,
): Promise<{ code: number; summary: { sent: number; failed: number; stopped: string | null } }> {
  const { harness, table } = current();
  const env = { ...harness.env, ...table.env };
  const redactor = new Redactor();
  const output: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      output.push(chunk.toString());
      done();
    },
  });
  const context: CommandContext = {
    stdout,
    stderr: new Writable({ write: (_chunk, _encoding, done) => done() }),
    stdin: process.stdin,
    env,
    cwd: harness.dir,
    now: () => new Date(),
    fetch: globalThis.fetch,
    redactor,
  };
  const args: ParsedArgs = { values: { json: true, 'batch-size': '10' }, positionals: [] };
  const { settings, database } = loadSettings(
    { flags: args.values, env, cwd: harness.dir, redactor },
    'run',
    {
      credentials: true,
      laCode: true,
      input: true,
      database: true,
    },
  );
  if (database === null) throw new Error('the test table settings name no database');
  const connection = await openDatabase(database);
  try {
    const source = tableSource(new StagingTable(connection, database.table));
    const watched: SubmissionSource = {
      ...source,
      async plan(planning) {
        const plan = await source.plan(planning);
        return {
          ...plan,
          async afterBatch(done) {
            watch(done);
            await plan.afterBatch?.(done);
          },
        };
      },
    };
    const code = await runAndReport(args, context, settings, redactor, (basics) =>
      runSubmission({ ...basics, source: watched }),
    );
    harness.outputs.push(...output);
    return { code, summary: JSON.parse(output.join('')) };
  } finally {
    await connection.close();
  }
}

const confirmed = (outcomes: readonly RecordOutcome[]) =>
  outcomes.filter((outcome): outcome is Extract<RecordOutcome, { sent: true }> => outcome.sent);
const failed = (outcomes: readonly RecordOutcome[]) =>
  outcomes.filter((outcome): outcome is Extract<RecordOutcome, { sent: false }> => !outcome.sent);

describe('the staging table’s afterBatch hook', () => {
  it('is handed each batch’s confirmed and refused records, and the table records exactly those', async () => {
    const { harness, table } = current();
    const records = makeChildren(25);
    await table.load(records);
    harness.mock.standing.rejectChildIds = ['C000005', 'C000017'];

    const seen: BatchDone[] = [];
    const { code, summary } = await runWatched((done) => seen.push(done));
    expect(code).toBe(1);
    expect(summary).toMatchObject({ sent: 23, failed: 2, stopped: null });

    // Three batches of up to 10, none of them a stop.
    expect(seen.map((done) => done.outcomes.length)).toEqual([10, 10, 5]);
    expect(seen.every((done) => done.stop === undefined)).toBe(true);
    const outcomes = seen.flatMap((done) => done.outcomes);
    expect(failed(outcomes).map((outcome) => outcome.laChildId)).toEqual(['C000005', 'C000017']);
    const receipts = new Map(harness.mock.received.map((record) => [record.laChildId, record.receipt]));
    expect(confirmed(outcomes)).toHaveLength(23);
    for (const outcome of confirmed(outcomes)) {
      expect(outcome.kind).toBe('full');
      expect(outcome.receipt).toBe(receipts.get(outcome.laChildId));
    }

    const rows = await table.rows();
    for (const outcome of confirmed(outcomes))
      expect(rows.get(outcome.laChildId)).toMatchObject({
        submission_status: 'sent',
        api_response: outcome.receipt,
      });
    for (const outcome of failed(outcomes)) {
      expect(rows.get(outcome.laChildId)?.submission_status).toBe('error');
      expect(JSON.parse(rows.get(outcome.laChildId)?.api_response ?? '{}')).toEqual({ error: outcome.error });
    }
    expectInvariant(
      harness,
      records.map((record) => record.la_child_id as string),
    );
  });

  it('after a stop is handed the records the stop left unsent, and the table records them as errors', async () => {
    const { harness, table } = current();
    await table.load(makeChildren(25));

    const seen: BatchDone[] = [];
    const { code, summary } = await runWatched((done) => {
      seen.push(done);
      // From the second batch on, the DfE refuses access: the run stops.
      harness.mock.standing.forbidden = true;
    });
    expect(code).toBe(2);
    expect(summary).toMatchObject({ sent: 10, failed: 15 });
    expect(summary.stopped).not.toBeNull();

    const [first, refused, stop] = seen;
    expect(seen).toHaveLength(3);
    expect(confirmed(first?.outcomes ?? [])).toHaveLength(10);
    expect(failed(refused?.outcomes ?? [])).toHaveLength(10);
    expect(refused?.stop).toBeUndefined();
    expect(stop?.stop?.error).toBeInstanceOf(RefusedError);
    const unsent = failed(stop?.outcomes ?? []);
    expect(unsent.map((outcome) => outcome.laChildId)).toEqual(
      makeChildren(25)
        .slice(20)
        .map((record) => record.la_child_id),
    );
    expect(unsent.every((outcome) => outcome.error.startsWith('Not sent: '))).toBe(true);

    const rows = await table.rows();
    for (const outcome of confirmed(first?.outcomes ?? []))
      expect(rows.get(outcome.laChildId)).toMatchObject({
        submission_status: 'sent',
        api_response: outcome.receipt,
      });
    for (const outcome of [...failed(refused?.outcomes ?? []), ...unsent]) {
      expect(rows.get(outcome.laChildId)?.submission_status).toBe('error');
      expect(JSON.parse(rows.get(outcome.laChildId)?.api_response ?? '{}')).toEqual({ error: outcome.error });
    }
  });
});
