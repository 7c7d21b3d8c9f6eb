// Chooses how HTTP requests leave the machine: straight out, or through the proxy named in
// HTTPS_PROXY / HTTP_PROXY with NO_PROXY exceptions. Runs in Node.
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

export interface ProxySettings {
  httpProxy: string | undefined;
  httpsProxy: string | undefined;
  noProxy: string | undefined;
}

export function readProxySettings(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const nonEmpty = (...values: (string | undefined)[]) =>
    values.find((v) => v !== undefined && v.trim() !== '');
  return {
    httpProxy: nonEmpty(env.HTTP_PROXY, env.http_proxy),
    httpsProxy: nonEmpty(env.HTTPS_PROXY, env.https_proxy),
    noProxy: nonEmpty(env.NO_PROXY, env.no_proxy),
  };
}

/** `fallback` is used when no proxy is set, so tests and callers can pass their own fetch. */
export function createHttpFetch(
  proxy: ProxySettings,
  fallback: typeof globalThis.fetch,
): typeof globalThis.fetch {
  if (proxy.httpProxy === undefined && proxy.httpsProxy === undefined) return fallback;
  // Settings come from the command's environment, not process.env, so each run sees what it was given.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? '',
    noProxy: proxy.noProxy ?? '',
  });
  const proxied = (input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(
      input as Parameters<typeof undiciFetch>[0],
      { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1],
    );
  return proxied as unknown as typeof globalThis.fetch;
}
