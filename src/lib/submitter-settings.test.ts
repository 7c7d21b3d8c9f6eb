// The configuration page must describe every flag `csc-api run` accepts, and only real ones.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../submitter/src/config/settings.ts';
import { runOptions } from '../../submitter/src/config/settings-options.ts';
import { connectionSettings, otherFlags, sendingSettings, stateSettings } from './submitter-settings';

const documented = [...connectionSettings, ...sendingSettings, ...stateSettings, ...otherFlags];

describe('submitter settings in the docs', () => {
  it('describe every flag of csc-api run', () => {
    const flags = new Set(documented.map((setting) => setting.flag).filter((flag) => flag !== null));
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
