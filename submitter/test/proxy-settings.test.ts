// Proxy settings come from the environment or the settings file (the environment winning), and one
// that is not an address is a settings problem (exit 2), never a crash. Against loopback servers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ForwardingProxy, startForwardingProxy } from './helpers/forwarding-proxy.ts';
import { useHarness } from './helpers/harness.ts';
import { makeChildren } from './helpers/make-children.ts';

const harness = useHarness();

const proxies: ForwardingProxy[] = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close();
});

async function proxy(): Promise<ForwardingProxy> {
  const started = await startForwardingProxy();
  proxies.push(started);
  return started;
}

function writeDotenv(lines: string[]): void {
  writeFileSync(join(harness().dir, '.env'), `${lines.join('\n')}\n`, { mode: 0o600 });
}

describe('a proxy setting that is not an address', () => {
  it.each([
    ['run', 'HTTPS_PROXY', 'proxy.example.gov.uk:8080'],
    ['test-endpoint', 'HTTP_PROXY', 'not a url'],
    ['test-endpoint', 'https_proxy', 'http://'],
  ])('%s with %s=%j says how to write it and exits 2', async (command, name, value) => {
    const input = harness().writeInput('snapshot.json', makeChildren(1));
    const argv = command === 'run' ? ['run', '--input', input] : [command];
    const { code, stderr } = await harness().cli(argv, { [name]: value });
    expect(code).toBe(2);
    expect(stderr).toContain(`${name.toUpperCase()} is not a proxy address`);
    expect(stderr).toContain('http://proxy.example.gov.uk:8080');
    expect(harness().mock.tokenRequests).toBe(0);
  });

  it('doctor reports it as a problem and skips the network checks', async () => {
    const { code, stdout } = await harness().cli(['doctor'], { HTTPS_PROXY: 'proxy.example.gov.uk:8080' });
    expect(code).toBe(2);
    expect(stdout).toContain('PROBLEM proxy: HTTPS_PROXY is not a proxy address');
    expect(stdout).not.toContain('clock:');
  });
});

describe('proxy settings in .env', () => {
  it('are used when the environment sets none', async () => {
    const fromFile = await proxy();
    writeDotenv([`HTTP_PROXY=${fromFile.url}`]);
    const { code } = await harness().cli(['test-endpoint']);
    expect(code).toBe(0);
    expect(fromFile.destinations.length).toBeGreaterThanOrEqual(2);
  });

  it('give way to the environment, in either case', async () => {
    const fromEnvironment = await proxy();
    const fromFile = await proxy();
    writeDotenv([`HTTP_PROXY=${fromFile.url}`, `http_proxy=${fromFile.url}`]);
    const { code } = await harness().cli(['test-endpoint'], { http_proxy: fromEnvironment.url });
    expect(code).toBe(0);
    expect(fromEnvironment.destinations.length).toBeGreaterThanOrEqual(2);
    expect(fromFile.destinations).toEqual([]);
  });

  it('NO_PROXY from .env sends a host around the proxy', async () => {
    const fromFile = await proxy();
    writeDotenv([`HTTP_PROXY=${fromFile.url}`, 'NO_PROXY=127.0.0.1']);
    const { code } = await harness().cli(['test-endpoint']);
    expect(code).toBe(0);
    expect(fromFile.destinations).toEqual([]);
  });
});
