// No secret is stored or printed, even when the API echoes the request headers back: the SupplierKey
// and bearer token never reach the state file, the audit folder or `status`. Secrets come from .env
// here, not the environment, so every path has to learn them from the settings file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { secrets, useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';
import { type RecordingServer, startRecordingServer } from './helpers/recording-server.ts';

const harness = useHarness();

let echo: RecordingServer | null = null;
afterEach(async () => {
  await echo?.close();
  echo = null;
});

/** An API that answers `status` with the request headers in its body, as some gateways do on errors. */
async function startEchoApi(status: number): Promise<RecordingServer> {
  echo = await startRecordingServer((request) => ({
    status,
    body: JSON.stringify({ message: 'request was', headers: request.headers }),
  }));
  return echo;
}

function writeSecretsToDotenv(): Record<string, string> {
  writeFileSync(
    join(harness().dir, '.env'),
    `CLIENT_SECRET=${secrets.clientSecret}\nSUPPLIER_KEY=${secrets.supplierKey}\n`,
    { mode: 0o600 },
  );
  return { CLIENT_SECRET: '', SUPPLIER_KEY: '' };
}

/** Every text the state file holds in the tables that carry messages, read with SQLite itself. */
function storedMessages(statePath: string): string[] {
  const db = new DatabaseSync(statePath, { readOnly: true });
  try {
    return [
      ...db.prepare('SELECT last_error AS text FROM children').all(),
      ...db.prepare('SELECT message AS text FROM batches').all(),
      ...db.prepare('SELECT message AS text FROM runs').all(),
    ]
      .map((row) => (row as { text: string | null }).text)
      .filter((text): text is string => text !== null);
  } finally {
    db.close();
  }
}

function auditTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? auditTexts(path) : [readFileSync(path, 'utf8')];
  });
}

function expectFreeOf(texts: string[], values: string[]): void {
  for (const text of texts) for (const value of values) expect(text).not.toContain(value);
}

describe('a response that echoes the request headers', () => {
  it.each([400, 500, 200])(
    '%i: the SupplierKey and token are in no stored message, audit file or status output',
    async (status) => {
      const api = await startEchoApi(status);
      const cleared = writeSecretsToDotenv();
      const input = harness().writeInput('snapshot.json', makeChildren(2));
      const run = await harness().cli(['run', '--input', input], {
        ...cleared,
        API_ENDPOINT: `${api.origin}/api`,
        CSC_MAX_RETRIES: '1',
      });
      expect(run.code).not.toBe(0);
      // The echo really carried the secrets back, so redaction is what keeps them out.
      expect(api.everything()).toContain(secrets.supplierKey);
      const token = harness().mock.issuedTokens[0] as string;
      expect(api.everything()).toContain(token);

      // A secret cut short by a preview still leaks its first characters, so search for those too.
      const values = [secrets.supplierKey, secrets.clientSecret, token].map((value) => value.slice(0, 12));
      const messages = storedMessages(harness().statePath);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.join('\n')).toContain('[redacted');
      expectFreeOf(messages, values);
      expectFreeOf(auditTexts(harness().auditDir), values);
      expectFreeOf([run.stdout, run.stderr], values);

      for (const argv of [
        ['status', '--records'],
        ['status', '--records', '--json'],
      ]) {
        const shown = await harness().cli(argv, cleared);
        expect(shown.code).toBe(0);
        expectFreeOf([shown.stdout], values);
      }
    },
  );
});

describe('csc-api status', () => {
  it('masks secrets from .env and bearer tokens that an older version stored', async () => {
    const cleared = writeSecretsToDotenv();
    harness().mock.standing.rejectChildIds = ['C000001'];
    const input = harness().writeInput('snapshot.json', makeChildren(1));
    await harness().cli(['run', '--input', input], cleared);
    const oldToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvbGQifQ.c2lnbmF0dXJlLXZhbHVl';
    const db = new DatabaseSync(harness().statePath);
    db.prepare('UPDATE children SET last_error = ?').run(
      `The DfE said: {"supplierkey":"${secrets.supplierKey}","authorization":"Bearer ${oldToken}"}`,
    );
    db.close();

    for (const argv of [
      ['status', '--records'],
      ['status', '--records', '--json'],
    ]) {
      const shown = await harness().cli(argv, cleared);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain('The DfE said');
      expectFreeOf([shown.stdout], [secrets.supplierKey, oldToken, oldToken.split('.')[2] as string]);
    }
    // The state file itself still holds the old leak, so the harness's own search must skip it.
    writeFileSync(harness().statePath, '');
  });
});
