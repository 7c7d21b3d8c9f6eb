// No request follows a redirect: a 3xx from the API or the token endpoint stops the command, names
// where it pointed, and nothing reaches the other host. Against real loopback servers.
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { expectInvariant, secrets, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';
import {
  type RecordingServer,
  startRecordingServer,
  startRedirectingServer,
} from './helpers/recording-server.ts';

const harness = useHarness();

const open: RecordingServer[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

/** The other host: it records whatever reaches it and would accept anything. */
async function otherHost(): Promise<RecordingServer> {
  const server = await startRecordingServer((request) =>
    request.path.endsWith('/token')
      ? { status: 200, body: JSON.stringify({ access_token: 'stolen-token-value', expires_in: 3600 }) }
      : { status: 200, body: '"ok"' },
  );
  open.push(server);
  return server;
}

async function redirector(status: number, target: RecordingServer): Promise<RecordingServer> {
  const server = await startRedirectingServer(status, target.origin);
  open.push(server);
  return server;
}

function expectNothingReached(other: RecordingServer): void {
  expect(other.requests).toEqual([]);
  const everything = other.everything();
  for (const secret of [secrets.supplierKey, secrets.clientSecret, 'la_child_id'])
    expect(everything).not.toContain(secret);
}

function rows(statePath: string, sql: string): Record<string, unknown>[] {
  const db = new DatabaseSync(statePath, { readOnly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('a redirect on the API POST', () => {
  it.each([307, 308, 302])(
    '%i: nothing is followed, the run stops with exit 2 naming the Location host',
    async (status) => {
      const other = await otherHost();
      const api = await redirector(status, other);
      const records = makeChildren(3);
      const input = harness().writeInput('snapshot.json', records);
      const { code, stdout } = await harness().cli(['run', '--input', input, '--json'], {
        API_ENDPOINT: `${api.origin}/api`,
      });
      expect(code).toBe(2);
      const otherHostName = new URL(other.origin).host;
      const summary = JSON.parse(stdout) as { sent: number; failed: number; stopped: string };
      expect(summary.sent).toBe(0);
      expect(summary.failed).toBe(3);
      expect(summary.stopped).toContain(`${status}`);
      expect(summary.stopped).toContain(otherHostName);
      expectNothingReached(other);
      expect(api.requests).toHaveLength(1);
      expect(api.requests[0]?.method).toBe('POST');

      const statePath = harness().statePath;
      const batches = rows(statePath, 'SELECT status, http_status, message FROM batches');
      expect(batches).toEqual([
        { status: 'failed', http_status: status, message: expect.stringContaining(otherHostName) },
      ]);
      for (const child of rows(statePath, 'SELECT status, receipt, last_error FROM children')) {
        expect(child).toMatchObject({ status: 'failed', receipt: null });
        expect(child.last_error).toContain(otherHostName);
        expect(child.last_error).toContain('not sent');
      }
      expectInvariant(
        harness(),
        records.map((r) => r.la_child_id as string),
      );
    },
  );
});

describe('a redirect on the token endpoint', () => {
  it('308: client_secret never reaches the other host, and the run stops with exit 2', async () => {
    const other = await otherHost();
    const tokens = await redirector(308, other);
    const input = harness().writeInput('snapshot.json', makeChildren(2));
    const { code, stderr } = await harness().cli(['run', '--input', input], {
      TOKEN_ENDPOINT: `${tokens.origin}/oauth2/v2.0/token`,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(new URL(other.origin).host);
    expect(stderr).toContain('308');
    expectNothingReached(other);
    expect(harness().mock.requests).toHaveLength(0);
  });
});

describe('test-endpoint and doctor', () => {
  it('test-endpoint reports a redirected POST without following it (exit 2)', async () => {
    const other = await otherHost();
    const api = await redirector(307, other);
    const { code, stdout } = await harness().cli(['test-endpoint'], { API_ENDPOINT: `${api.origin}/api` });
    expect(code).toBe(2);
    expect(stdout).toMatch(/PROBLEM api: .*307/);
    expect(stdout).toContain(new URL(other.origin).host);
    expectNothingReached(other);
  });

  it('test-endpoint reports a redirected token request without following it (exit 2)', async () => {
    const other = await otherHost();
    const tokens = await redirector(308, other);
    const { code, stdout } = await harness().cli(['test-endpoint'], {
      TOKEN_ENDPOINT: `${tokens.origin}/oauth2/v2.0/token`,
    });
    expect(code).toBe(2);
    expect(stdout).toMatch(/PROBLEM token: .*308/);
    expect(stdout).toContain(new URL(other.origin).host);
    expectNothingReached(other);
  });

  it('doctor reports a redirecting endpoint as a configuration problem without following it', async () => {
    const other = await otherHost();
    const tokens = await redirector(301, other);
    const { code, stdout } = await harness().cli(['doctor'], {
      TOKEN_ENDPOINT: `${tokens.origin}/oauth2/v2.0/token`,
    });
    expect(code).toBe(2);
    expect(stdout).toMatch(/PROBLEM configuration: .*301.*127\.0\.0\.1/);
    expectNothingReached(other);
  });
});

describe('plain http endpoints', () => {
  it('are refused unless they are on this machine', async () => {
    const { code, stderr } = await harness().cli(['test-endpoint'], {
      API_ENDPOINT: 'http://api.example.gov.uk/receiver/1',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('API_ENDPOINT');
    expect(stderr).toContain('https://');
  });
});
