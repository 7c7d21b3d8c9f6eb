// Which proxy (if any) a request to a host goes through, by the usual HTTPS_PROXY / NO_PROXY rules.
// Used to explain the route in `csc-api doctor`. Runs anywhere.
import type { ProxySettings } from '../config/settings.ts';

export function proxyForUrl(url: URL, proxy: ProxySettings): string | null {
  const chosen = url.protocol === 'https:' ? (proxy.httpsProxy ?? proxy.httpProxy) : proxy.httpProxy;
  if (chosen === undefined) return null;
  return bypassesProxy(url, proxy.noProxy) ? null : chosen;
}

function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port;
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const [entryHost, entryPort] = entry.split(':') as [string, string | undefined];
    if (entryPort !== undefined && entryPort !== port) continue;
    const bare = entryHost.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}

/** A proxy URL safe to print: any password is masked. */
export function describeProxy(proxyUrl: string): string {
  try {
    const url = new URL(proxyUrl);
    if (url.password !== '') url.password = 'redacted';
    return url.toString();
  } catch {
    return 'a value that is not a URL (it should look like http://proxy.example:8080)';
  }
}
