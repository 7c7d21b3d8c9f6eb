// Chooses how HTTP requests leave the machine: straight out, or through the proxy named in
// HTTPS_PROXY / HTTP_PROXY with NO_PROXY exceptions. Every request is made with redirects off:
// a redirect would carry the SupplierKey, the token or CLIENT_SECRET, and the records, to another
// host. Node's fetch and undici's both hand back the 3xx itself with `redirect: 'manual'`. Runs in Node.
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import type { ProxySettings } from '../config/settings.ts';

/** `fallback` is used when no proxy is set, so tests and callers can pass their own fetch. */
export function createHttpFetch(
  proxy: ProxySettings,
  fallback: typeof globalThis.fetch,
): typeof globalThis.fetch {
  const send = proxy.httpProxy === undefined && proxy.httpsProxy === undefined ? fallback : proxied(proxy);
  return (input, init) => send(input, { ...init, redirect: 'manual' });
}

function proxied(proxy: ProxySettings): typeof globalThis.fetch {
  // Settings come from the command's environment and settings file, not process.env, so each run sees what it was given.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? '',
    noProxy: proxy.noProxy ?? '',
  });
  const send = (input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(
      input as Parameters<typeof undiciFetch>[0],
      { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1],
    );
  return send as unknown as typeof globalThis.fetch;
}
