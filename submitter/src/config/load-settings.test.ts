import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { Redactor } from '../redact/redactor.ts';
import { loadSettings } from './load-settings.ts';

const complete = {
  API_ENDPOINT: 'https://api.example/receiver/1/',
  TOKEN_ENDPOINT: 'https://login.example/tenant/oauth2/v2.0/token',
  CLIENT_ID: 'client',
  CLIENT_SECRET: 'secret-value-1',
  SCOPE: 'api://receiver',
  SUPPLIER_KEY: 'supplier-value-1',
  LA_CODE: '201',
};
const needs = { credentials: true, laCode: true, input: false, database: false };

function load(
  env: Record<string, string>,
  flags: Record<string, string | boolean | string[]> = {},
  cwd = tmpdir(),
) {
  const redactor = new Redactor();
  return { settings: loadSettings({ flags, env, cwd, redactor }, 'run', needs).settings, redactor };
}

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a settings problem');
}

describe('loadSettings', () => {
  it('reads the environment, normalises the scope and endpoint, and registers secrets', () => {
    const { settings, redactor } = load(complete);
    expect(settings.credentials?.scope).toBe('api://receiver/.default');
    expect(settings.credentials?.apiEndpoint).toBe('https://api.example/receiver/1');
    expect(settings.laCode).toBe('201');
    expect(redactor.redact('secret-value-1 supplier-value-1')).toBe(
      '[redacted CLIENT_SECRET] [redacted SUPPLIER_KEY]',
    );
  });

  it('lets flags win over the environment, and the environment over .env', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-settings-'));
    writeFileSync(join(dir, '.env'), 'LA_CODE=202\nCSC_BATCH_SIZE=50\nCLIENT_ID=from-file\n');
    const { settings } = load({ ...complete, LA_CODE: '203' }, { 'la-code': '204' }, dir);
    expect(settings.laCode).toBe('204');
    expect(settings.batchSize).toBe(50);
    expect(settings.credentials?.clientId).toBe('client');
  });

  it('lists every missing setting with how to fix it', () => {
    const message = problemsOf(() => load({}));
    for (const name of [
      'API_ENDPOINT',
      'TOKEN_ENDPOINT',
      'CLIENT_ID',
      'CLIENT_SECRET',
      'SCOPE',
      'SUPPLIER_KEY',
      'LA_CODE',
    ]) {
      expect(message).toContain(`${name} is not set`);
    }
  });

  it('rejects an LA code that is not on the list, a batch over 100 and a bad URL', () => {
    const message = problemsOf(() =>
      load({ ...complete, LA_CODE: '999', CSC_BATCH_SIZE: '101', API_ENDPOINT: 'pp-api.example' }),
    );
    expect(message).toContain('LA_CODE 999 is not on the DfE list');
    expect(message).toContain('CSC_BATCH_SIZE (--batch-size) must be a whole number from 1 to 100');
    expect(message).toContain('API_ENDPOINT must be a web address');
  });

  it('accepts plain http only on this machine', () => {
    for (const local of ['http://localhost:8080/api', 'http://127.0.0.2/api', 'http://[::1]:9/api']) {
      expect(load({ ...complete, API_ENDPOINT: local }).settings.credentials?.apiEndpoint).toBe(local);
    }
    for (const remote of ['http://api.example/1', 'http://127.0.0.1.example/1', 'http://10.0.0.5/1']) {
      expect(problemsOf(() => load({ ...complete, TOKEN_ENDPOINT: remote }))).toContain(
        'TOKEN_ENDPOINT must be a web address starting https://',
      );
    }
  });

  it('reads proxy settings from .env in either case, the environment winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-settings-'));
    writeFileSync(
      join(dir, '.env'),
      'https_proxy=http://user:pa55-word@file-proxy.example:8080\nHTTP_PROXY=http://file-proxy.example:1\nNO_PROXY=.internal.example\n',
    );
    const { settings, redactor } = load(
      { ...complete, http_proxy: 'http://env-proxy.example:3128' },
      {},
      dir,
    );
    expect(settings.proxy).toEqual({
      httpsProxy: 'http://user:pa55-word@file-proxy.example:8080',
      httpProxy: 'http://env-proxy.example:3128',
      noProxy: '.internal.example',
    });
    expect(redactor.redact('pa55-word')).toBe('[redacted proxy password]');
  });

  it('pads a short LA code and checks it', () => {
    expect(problemsOf(() => load({ ...complete, LA_CODE: '12' }))).toContain(
      'LA_CODE 012 is not on the DfE list',
    );
    expect(problemsOf(() => load({ ...complete, LA_CODE: 'abc' }))).toContain(
      'must be your 3-digit DfE local authority number',
    );
  });

  it('refuses --partial outside delta mode and ignoring la_child_id', () => {
    const message = problemsOf(() => load(complete, { partial: true, 'ignore-field': ['la_child_id'] }));
    expect(message).toContain('--partial only applies to --mode delta');
    expect(message).toContain('"la_child_id" cannot be ignored');
  });

  it('says when an --env-file does not exist', () => {
    expect(problemsOf(() => load(complete, { 'env-file': 'nowhere.env' }))).toContain(
      'there is no settings file',
    );
  });
});

describe('where each setting comes from: flag, else environment, else .env, else default', () => {
  const levels = (flag: string | undefined, environment: string | undefined, file: string | undefined) => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-settings-'));
    if (file !== undefined)
      writeFileSync(join(dir, '.env'), `CSC_BATCH_SIZE=${file}\nCSC_DB_NAME=${file}\nCSC_DB_USER=u\n`);
    const env: Record<string, string> = { ...complete, CSC_SOURCE: 'postgres' };
    if (environment !== undefined)
      Object.assign(env, { CSC_BATCH_SIZE: environment, CSC_DB_NAME: environment });
    const flags = flag === undefined ? {} : { 'batch-size': flag, 'db-name': flag };
    const redactor = new Redactor();
    const loaded = loadSettings({ flags, env, cwd: dir, redactor }, 'run', { ...needs, database: false });
    return { batchSize: loaded.settings.batchSize, database: loaded.database?.database };
  };

  it.each([
    ['the flag wins', '10', '20', '30', 10, '10'],
    ['the environment wins over .env', undefined, '20', '30', 20, '20'],
    ['.env applies when nothing else sets it', undefined, undefined, '30', 30, '30'],
    ['the default applies when nothing sets it', undefined, undefined, undefined, 100, undefined],
    ['an empty flag is not set, so the environment applies', '', '20', '30', 20, '20'],
    ['an empty environment variable is not set, so .env applies', undefined, '', '30', 30, '30'],
    ['an empty .env line is not set, so the default applies', undefined, undefined, '', 100, undefined],
    ['blanks count as empty', ' ', '  ', '40', 40, '40'],
  ])('%s', (_name, flag, environment, file, batchSize, database) => {
    expect(levels(flag, environment, file)).toEqual({ batchSize, database: database ?? null });
  });

  it('reads a list from repeated flags, else comma-separated from the environment', () => {
    const fromFlags = load(complete, { 'ignore-field': ['a.b', ' ', 'c'] });
    expect(fromFlags.settings.ignoreFields).toEqual(['a.b', 'c']);
    const fromEnvironment = load({ ...complete, CSC_IGNORE_FIELDS: 'x, y.z,' });
    expect(fromEnvironment.settings.ignoreFields).toEqual(['x', 'y.z']);
  });

  it('reads a switch from the environment as true or false, and names a word it does not know', () => {
    const delta = { ...complete, CSC_MODE: 'delta' };
    expect(load({ ...delta, CSC_PARTIAL: 'yes' }).settings.partial).toBe(true);
    expect(load({ ...delta, CSC_PARTIAL: '0' }).settings.partial).toBe(false);
    expect(problemsOf(() => load({ ...delta, CSC_PARTIAL: 'sometimes' }))).toContain(
      'CSC_PARTIAL (--partial) must be true or false; it is "sometimes".',
    );
  });
});
