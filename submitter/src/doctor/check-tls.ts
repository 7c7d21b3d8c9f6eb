// Connects to an HTTPS host (directly or through the proxy's CONNECT tunnel) and reports who issued
// its certificate, to spot TLS inspection by a corporate proxy. Runs in Node.
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { connect, type PeerCertificate, rootCertificates } from 'node:tls';

export interface TlsResult {
  ok: boolean;
  issuer: string | null;
  detail: string;
}

const caErrors = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

/** `extraCa` adds trusted certificates for this check only (tests); the process trusts NODE_EXTRA_CA_CERTS itself. */
export async function checkTls(
  url: URL,
  proxyUrl: string | null,
  timeoutMs: number,
  extraCa?: string[],
): Promise<TlsResult> {
  const host = url.hostname;
  const port = Number(url.port || 443);
  try {
    const socket = proxyUrl === null ? undefined : await tunnel(new URL(proxyUrl), host, port, timeoutMs);
    const certificate = await new Promise<PeerCertificate>((resolve, reject) => {
      const ca = extraCa ? { ca: [...rootCertificates, ...extraCa] } : {};
      const tlsSocket = connect(
        { host, port, servername: host, ...(socket ? { socket } : {}), ...ca, timeout: timeoutMs },
        () => {
          const peer = tlsSocket.getPeerCertificate();
          tlsSocket.end();
          resolve(peer);
        },
      );
      tlsSocket.on('timeout', () => tlsSocket.destroy(new Error('no answer before the timeout')));
      tlsSocket.on('error', reject);
    });
    const issuer = [certificate.issuer?.O, certificate.issuer?.CN].filter(Boolean).join(', ') || 'unknown';
    return {
      ok: true,
      issuer,
      detail: `certificate for ${host} issued by ${issuer}, valid until ${certificate.valid_to}`,
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (caErrors.has(code)) {
      return {
        ok: false,
        issuer: null,
        detail:
          `the certificate for ${host} is signed by an authority Node does not trust (${code}). A proxy that inspects TLS usually causes this: ` +
          'ask IT for the organisation’s root certificate (PEM) and set NODE_EXTRA_CA_CERTS to its file path.',
      };
    }
    return { ok: false, issuer: null, detail: `no TLS connection to ${host}: ${(error as Error).message}` };
  }
}

function tunnel(proxy: URL, host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `${host}:${port}` };
    if (proxy.username !== '') {
      headers['Proxy-Authorization'] =
        `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
    }
    const connectRequest = request({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers,
      timeout: timeoutMs,
    });
    connectRequest.on('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(
          new Error(
            `the proxy answered ${response.statusCode} to CONNECT${response.statusCode === 407 ? ' (it wants a user and password)' : ''}`,
          ),
        );
      }
    });
    connectRequest.on('timeout', () =>
      connectRequest.destroy(new Error('the proxy did not answer before the timeout')),
    );
    connectRequest.on('error', reject);
    connectRequest.end();
  });
}
