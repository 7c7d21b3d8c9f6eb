// `csc-api status --json` keeps to its published contract: the bundled CLI, in its own process, reads a
// state file made by real runs against the mock DfE API, and Ajv checks what it prints against
// submitter/schema/status.schema.json, the schema the docs page shows.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildCli } from './helpers/build-cli.ts';
import { useHarness } from './helpers/harness.ts';
import { makeChild, makeChildren } from './helpers/make-children.ts';

const harness = useHarness();
const schema = JSON.parse(readFileSync(new URL('../schema/status.schema.json', import.meta.url), 'utf8'));
const checkStatus = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const valid = (output: unknown) => {
  checkStatus(output);
  return checkStatus.errors ?? [];
};

describe('csc-api status --json', () => {
  it('prints what its JSON Schema describes, after a finished run and a stopped one', async () => {
    harness().mock.standing.rejectChildIds = ['C000002'];
    const records = [...makeChildren(3), makeChild(4, { child_details: { sex: 'QQ' } })];
    expect((await harness().cli(['run', '--input', harness().writeInput('first.json', records)])).code).toBe(
      1,
    );
    // The second run finds the API down and stops, so the state file also holds a stopped run's message.
    harness().mock.standing.rejectChildIds = [];
    harness().mock.queue({ fault: { type: 'status', status: 503 }, times: 1000 });
    const second = harness().writeInput('second.json', [...records, makeChild(5)]);
    expect((await harness().cli(['run', '--input', second])).code).not.toBe(0);

    const entry = await buildCli(harness().dir);
    const status = async (...args: string[]) => {
      const { stdout } = await promisify(execFile)(process.execPath, [entry, 'status', '--json', ...args], {
        env: { ...process.env, ...harness().env },
        cwd: harness().dir,
      });
      harness().outputs.push(stdout);
      return JSON.parse(stdout) as Record<string, unknown>;
    };

    const withRecords = await status('--records');
    expect(valid(withRecords)).toEqual([]);
    expect(withRecords).toMatchObject({
      schemaVersion: 1,
      stateFile: harness().statePath,
      counts: { pending: 0, sending: 0, sent: 0, deleted: 0, failed: 4, invalid: 1 },
      runs: [
        { id: 2, status: 'stopped', message: expect.stringContaining('503'), resumesRunId: null },
        { id: 1, status: 'finished', mode: 'full', partial: false, counts: { recordsRead: 4, sent: 2 } },
      ],
    });
    const byId = new Map(
      (withRecords.records as { laChildId: string }[]).map((record) => [record.laChildId, record]),
    );
    // Sent by the first run, not by the second: the receipt stays, with the second run's error.
    expect(byId.get('C000001')).toMatchObject({
      status: 'failed',
      receipt: expect.stringMatching(/\.json$/),
      error: expect.stringContaining('503'),
      sentAt: expect.any(String),
    });
    expect(byId.get('C000004')).toMatchObject({ status: 'invalid', receipt: null, sentAt: null });
    expect((byId.get('C000004') as unknown as { rules: string[] }).rules.length).toBeGreaterThan(0);
    expect(byId.get('C000005')).toMatchObject({ status: 'failed', receipt: null });

    const withoutRecords = await status('--runs', '1');
    expect(valid(withoutRecords)).toEqual([]);
    expect(withoutRecords).not.toHaveProperty('records');
    expect(withoutRecords.runs).toHaveLength(1);
  });
});
