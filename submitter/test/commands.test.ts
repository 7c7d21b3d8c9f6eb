// status, test-endpoint, doctor, settings problems and the proxy route, against the mock API.
import { chmodSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startForwardingProxy } from './helpers/forwarding-proxy.ts';
import { secrets, useHarness } from './helpers/harness.ts';
import { makeChild, makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

describe('csc-api status', () => {
  it('shows counts, the last runs and, with --records, each child with its receipt or error', async () => {
    harness().mock.standing.rejectChildIds = ['C000002'];
    const input = harness().writeInput('snapshot.json', [
      ...makeChildren(3),
      makeChild(4, { child_details: { sex: 'QQ' } }),
    ]);
    expect((await harness().cli(['run', '--input', input])).code).toBe(1);

    const text = await harness().cli(['status']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Children: 2 sent, 0 deleted, 1 failed, 1 with errors, 0 pending');
    expect(text.stdout).toMatch(/Run 1 .* finished/);

    const json = await harness().cli(['status', '--json', '--records']);
    const parsed = JSON.parse(json.stdout) as {
      counts: Record<string, number>;
      runs: unknown[];
      records: Record<string, unknown>[];
    };
    expect(parsed.counts).toMatchObject({ sent: 2, failed: 1, invalid: 1 });
    expect(parsed.runs).toHaveLength(1);
    const byId = new Map(parsed.records.map((r) => [r.laChildId, r]));
    expect(byId.get('C000001')).toMatchObject({
      status: 'sent',
      receipt: expect.stringMatching(/_[0-9a-f-]{36}\.json$/),
      error: null,
    });
    expect(byId.get('C000002')).toMatchObject({
      status: 'failed',
      receipt: null,
      error: expect.stringContaining('400'),
    });
    expect(byId.get('C000004')).toMatchObject({ status: 'invalid', error: expect.stringContaining('sex') });
  });

  it('says where the state file should be when there is none', async () => {
    const { code, stderr } = await harness().cli(['status', '--state', 'missing.sqlite']);
    expect(code).toBe(2);
    expect(stderr).toContain('there is no state file at');
  });
});

describe('csc-api test-endpoint', () => {
  it('gets a token, sends an empty list and explains the answer', async () => {
    const { code, stdout } = await harness().cli(['test-endpoint']);
    expect(code).toBe(0);
    expect(stdout).toContain('OK      token: a token was issued');
    expect(stdout).toContain('answered 204');
    expect(harness().mock.received).toHaveLength(0);
  });

  it('explains a 403 with the checks to make', async () => {
    harness().mock.standing.forbidden = true;
    const { code, stdout } = await harness().cli(['test-endpoint', '--json']);
    expect(code).toBe(2);
    const result = JSON.parse(stdout) as { ok: boolean; steps: { status?: number; detail: string }[] };
    expect(result.ok).toBe(false);
    expect(result.steps[1]).toMatchObject({ status: 403, detail: expect.stringContaining('allow-list') });
  });

  it('reports a wrong client secret without printing it', async () => {
    const { code, stdout } = await harness().cli(['test-endpoint'], { CLIENT_SECRET: 'wrong-secret-value' });
    expect(code).toBe(2);
    expect(stdout).toContain('the token endpoint answered 401 (invalid_client');
    expect(stdout).not.toContain('wrong-secret-value');
  });
});

describe('settings problems', () => {
  it('stop a run before anything is sent, naming each setting and how to fix it', async () => {
    const input = harness().writeInput('snapshot.json', makeChildren(2));
    const { code, stderr } = await harness().cli(['run', '--input', input], {
      SUPPLIER_KEY: '',
      LA_CODE: '1234',
      CSC_BATCH_SIZE: '500',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('SUPPLIER_KEY is not set');
    expect(stderr).toContain('LA_CODE must be your 3-digit DfE local authority number');
    expect(stderr).toContain('CSC_BATCH_SIZE (--batch-size) must be a whole number from 1 to 100');
    expect(harness().mock.tokenRequests).toBe(0);
  });

  it('report unreadable input with the file, line and column', async () => {
    const input = harness().writeInput('snapshot.json', []);
    writeFileSync(input, '[\n  {"la_child_id": "C1"},\n  {"la_child_id" "C2"}\n]');
    const { code, stderr } = await harness().cli(['run', '--input', input]);
    expect(code).toBe(2);
    expect(stderr).toContain('snapshot.json is not valid JSON');
    expect(stderr).toContain('line 3, column 18');
  });

  it('reads the secret from a .env file and still never prints it', async () => {
    writeFileSync(`${harness().dir}/.env`, `CLIENT_SECRET=${secrets.clientSecret}\n`);
    const { code } = await harness().cli(['test-endpoint'], { CLIENT_SECRET: '' });
    expect(code).toBe(0);
  });
});

describe('csc-api doctor', () => {
  it('checks settings, DNS, the route, TLS and the clock, and prints a bundle without secrets', async () => {
    const { code, stdout } = await harness().cli(['doctor']);
    expect(code).toBe(0);
    expect(stdout).toContain('OK      configuration: every setting is present and well formed');
    expect(stdout).toContain('OK      dns: 127.0.0.1 is 127.0.0.1');
    expect(stdout).toContain('is reached directly');
    expect(stdout).toContain('uses plain http');
    expect(stdout).toMatch(/OK {6}clock: this machine's clock is within 60 seconds/);
    expect(stdout).toContain('----- csc-api support bundle -----');
    expect(stdout).toContain(`"CLIENT_SECRET": "set (${secrets.clientSecret.length} characters)"`);
  });

  it('warns when the .env file can be read by other users', async () => {
    const envPath = `${harness().dir}/.env`;
    writeFileSync(envPath, 'LA_CODE=201\n', { mode: 0o644 });
    chmodSync(envPath, 0o644);
    const open = await harness().cli(['doctor']);
    expect(open.code).toBe(2);
    expect(open.stdout).toContain(`PROBLEM configuration: ${envPath} can be read by other users`);
    chmodSync(envPath, 0o600);
    const closed = await harness().cli(['doctor']);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain(`OK      configuration: ${envPath} can be read only by its owner`);
  });

  it('reports a clock that is far out', async () => {
    const tenMinutesFast = () => new Date(Date.now() + 600_000);
    const { code, stdout } = await harness().cli(['doctor', '--json'], {}, tenMinutesFast);
    expect(code).toBe(3);
    const result = JSON.parse(stdout) as { checks: { area: string; ok: boolean; detail: string }[] };
    expect(result.checks.find((c) => c.area === 'clock')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/(599|600|601) seconds ahead of/),
    });
  });
});

describe('proxy settings', () => {
  it('send requests through HTTP_PROXY, and around it for hosts in NO_PROXY', async () => {
    const proxy = await startForwardingProxy();
    try {
      const through = await harness().cli(['test-endpoint'], {
        HTTP_PROXY: proxy.url,
        HTTPS_PROXY: proxy.url,
      });
      expect(through.code).toBe(0);
      expect(proxy.destinations.length).toBeGreaterThanOrEqual(2);
      const seen = proxy.destinations.length;
      const around = await harness().cli(['test-endpoint'], { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      expect(around.code).toBe(0);
      expect(proxy.destinations.length).toBe(seen);
    } finally {
      await proxy.close();
    }
  });
});
