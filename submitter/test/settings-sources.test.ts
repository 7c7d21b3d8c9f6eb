// Where settings come from, seen from the command line: one rule for empty values whichever setting
// it is, and a settings file that is missing or unreadable reported with every other problem.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/harness.ts';

/** Runs the CLI in a fresh folder with only the given environment, and no network. */
async function cli(argv: string[], env: Record<string, string>, setUp: (cwd: string) => void = () => {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'csc-api-settings-'));
  setUp(cwd);
  const { code, stderr } = await runCli(argv, {
    env,
    cwd,
    fetch: () => Promise.reject(new Error('no network in this test')),
  });
  return { code, stderr: stderr.replaceAll(cwd, '<folder>') };
}

describe('an empty value', () => {
  it('in the environment lets the .env value apply, for a database setting as for LA_CODE', async () => {
    const { code, stderr } = await cli(
      ['run', '--source', 'postgres', '--dry-run'],
      { CSC_DB_NAME: '', LA_CODE: '' },
      (cwd) => writeFileSync(join(cwd, '.env'), 'CSC_DB_NAME=ssd\nLA_CODE=999\n'),
    );
    expect(stderr).not.toContain('The database name is not set');
    expect(stderr).toContain('The database user is not set');
    expect(stderr).toContain('LA_CODE 999 is not on the DfE list');
    expect(code).toBe(2);
  });
});

describe('the settings file', () => {
  it('named by --settings-file but missing is reported together with every other problem, exit 2', async () => {
    const { code, stderr } = await cli(
      ['run', '--source', 'postgres', '--settings-file', 'missing.env', '--batch-size', '0'],
      { CSC_HOLD_ON: 'warnings' },
    );
    expect(code).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "csc-api run: there is a problem with the settings (read from flags and the environment):
        - there is no settings file at <folder>/missing.env. Check the --settings-file path.
        - CSC_HOLD_ON (--hold-on) must be "rejected" or "data-quality"; it is "warnings".
        - CSC_BATCH_SIZE (--batch-size) must be a whole number from 1 to 100; it is "0".
        - API_ENDPOINT is not set. Set it to the base URL shown in the DfE portal, for example https://pp-api.education.gov.uk/children-in-social-care-data-receiver-test/1.
        - TOKEN_ENDPOINT is not set. Set it to the "OAuth token endpoint" from the DfE portal.
        - CLIENT_ID is not set. Set it to the "OAuth Client ID" from the DfE portal.
        - CLIENT_SECRET is not set. Set it to the client secret (primary key) from the DfE portal, in the environment or .env.
        - SCOPE is not set. Set it to the "OAuth Scope" from the DfE portal.
        - SUPPLIER_KEY is not set. Set it to the subscription key (primary key) from the DfE portal, in the environment or .env.
        - LA_CODE is not set. Set it to your 3-digit DfE local authority number, for example LA_CODE=201.
        - The database name is not set. Set CSC_DB_NAME (--db-name), or give it in CSC_DB_URL, for example the database that holds the SSD.
        - The database user is not set. Set CSC_DB_USER (--db-user), or give it in CSC_DB_URL.
      See the csc-api README, "Settings". For the database, see the csc-api README, "Reading from a database", or the PostgreSQL and SQL Server pages of the documentation.
      "
    `);
  });

  it('named by the older --env-file but unreadable is reported with the other problems, exit 2, not as a bug', async () => {
    const { code, stderr } = await cli(['test-endpoint', '--env-file', 'settings'], {}, (cwd) =>
      mkdirSync(join(cwd, 'settings')),
    );
    expect(code).toBe(2);
    expect(stderr).toContain('the settings file <folder>/settings cannot be read (EISDIR)');
    expect(stderr).toContain('LA_CODE is not set');
  });
});
