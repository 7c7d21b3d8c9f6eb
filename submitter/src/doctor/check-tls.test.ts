// checkTls against a real TLS server on loopback with a certificate made for the test (by the openssl
// command), directly and through a CONNECT proxy, as a TLS-inspecting proxy would present one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForwardingProxy } from '../../test/helpers/forwarding-proxy.ts';
import { checkTls } from './check-tls.ts';

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csc-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/O=Example Inspecting Proxy/CN=localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_request, response) => {
      response.end('ok');
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('checkTls', () => {
  it('explains a certificate Node does not trust and points at NODE_EXTRA_CA_CERTS', async () => {
    const result = await checkTls(new URL(`https://localhost:${port}/`), null, 5000);
    expect(result.ok).toBe(false);
    expect(result.detail).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(result.detail).toContain('set NODE_EXTRA_CA_CERTS');
  });

  it('reaches the server through a proxy’s CONNECT tunnel', async () => {
    const proxy = await startForwardingProxy();
    try {
      const result = await checkTls(new URL(`https://localhost:${port}/`), proxy.url, 5000);
      expect(proxy.destinations).toEqual([`localhost:${port}`]);
      expect(result.detail).toContain('NODE_EXTRA_CA_CERTS');
    } finally {
      await proxy.close();
    }
  });

  it('names the issuer of a certificate it trusts', async () => {
    // Trust the test certificate for this one connection, as NODE_EXTRA_CA_CERTS would for the process.
    const trusted = await checkTls(new URL(`https://localhost:${port}/`), null, 5000, [
      readFileSync(join(dir, 'cert.pem'), 'utf8'),
    ]);
    expect(trusted).toMatchObject({ ok: true, issuer: 'Example Inspecting Proxy, localhost' });
  });
});
