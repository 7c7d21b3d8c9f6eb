// `csc-api --version` names the csc-api version, the default DfE spec version and the Node version.
// Runs in Node under Vitest.
import { currentSpecVersion } from 'csc-api-validator/spec';
import { expect, test } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { startHarness } from '../helpers/harness.ts';

test('--version prints the csc-api, spec and Node versions on one line', async () => {
  const harness = await startHarness();
  try {
    const { code, stdout } = await harness.cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `csc-api ${packageJson.version} (DfE spec ${currentSpecVersion}, Node ${process.versions.node})\n`,
    );
  } finally {
    await harness.close();
  }
});
