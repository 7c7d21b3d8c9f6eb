// Every request refused with the same 400 that names no record (a wrong schema version, say), against
// the mock API on loopback: the run stops after two requests instead of halving every batch down to
// single records.
import { describe, expect, it } from 'vitest';
import { expectInvariant, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';

const harness = useHarness();
const dfeMessage = 'Unsupported schema version 0.7; this API accepts 0.8.';

describe('a 400 that names no record, for every request', () => {
  it('stops the run with exit 2 and the DfE message once a whole batch and its first record alone get it', async () => {
    const records = makeChildren(250);
    const ids = records.map((child) => child.la_child_id as string);
    const input = harness().writeInput('snapshot.json', records);
    harness().mock.queue({
      fault: { type: 'status', status: 400, body: JSON.stringify({ statusCode: 400, message: dfeMessage }) },
      times: 1000,
    });
    const { code, stdout } = await harness().cli(['run', '--input', input, '--json', '--batch-size', '100']);
    expect(code).toBe(2);
    const summary = JSON.parse(stdout) as { stopped: string; requests: number; sent: number; failed: number };
    expect(harness().mock.requests).toHaveLength(2);
    expect(harness().mock.requests.map((request) => request.status)).toEqual([400, 400]);
    expect(summary).toMatchObject({ requests: 2, sent: 0, failed: 250 });
    expect(summary.stopped).toContain(dfeMessage);
    expect(summary.stopped).toContain('most likely not in the records');
    expectInvariant(harness(), ids);
  });

  it('still isolates a bad record when the single record is accepted', async () => {
    const records = makeChildren(20);
    const ids = records.map((child) => child.la_child_id as string);
    const input = harness().writeInput('snapshot.json', records);
    // One unnamed 400 for the whole batch, then the API behaves: the run goes on.
    harness().mock.queue({
      fault: { type: 'status', status: 400, body: JSON.stringify({ message: dfeMessage }) },
    });
    const { code, stdout } = await harness().cli(['run', '--input', input, '--json', '--batch-size', '20']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sent: 20, failed: 0 });
    expect(harness().mock.requests.map((request) => request.recordCount)).toEqual([0, 1, 10, 9]);
    expectInvariant(harness(), ids);
  });
});
