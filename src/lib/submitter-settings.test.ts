// The docs must describe every flag `csc-api run` accepts, and the settings tables must name only
// real ones. Flags of optional parts (such as the database source) may be described on their own
// pages under content/docs/submitter/ instead of in the settings tables.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../submitter/src/config/settings.ts';
import { runOptions } from '../../submitter/src/config/settings-options.ts';
import { connectionSettings, otherFlags, sendingSettings, stateSettings } from './submitter-settings';

const documented = [...connectionSettings, ...sendingSettings, ...stateSettings, ...otherFlags];
const submitterDocs = join(import.meta.dirname, '../../content/docs/submitter');

function flagsNamedInSubmitterPages(): Set<string> {
  const text = readdirSync(submitterDocs)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readFileSync(join(submitterDocs, name), 'utf-8'))
    .join('\n');
  return new Set([...text.matchAll(/`--([a-z][a-z-]*)/g)].map((match) => match[1] ?? ''));
}

describe('submitter settings in the docs', () => {
  it('describe every flag of csc-api run', () => {
    const flags = new Set([
      ...documented.flatMap((setting) => (setting.flag === null ? [] : [setting.flag])),
      ...flagsNamedInSubmitterPages(),
    ]);
    const missing = Object.keys(runOptions).filter((flag) => !flags.has(flag));
    expect(missing).toEqual([]);
  });

  it('name no flag that csc-api run does not have', () => {
    const real = new Set(Object.keys(runOptions));
    const invented = documented.flatMap((setting) =>
      setting.flag !== null && !real.has(setting.flag) ? [setting.flag] : [],
    );
    expect(invented).toEqual([]);
  });

  it('show the defaults the submitter applies', () => {
    const byName = new Map(documented.map((setting) => [setting.name, setting.defaultValue]));
    expect(byName.get('CSC_BATCH_SIZE')).toBe(String(defaults.batchSize));
    expect(byName.get('CSC_STATE')).toBe(defaults.statePath);
    expect(byName.get('CSC_TIMEOUT')).toBe(String(defaults.timeoutMs / 1000));
  });
});
