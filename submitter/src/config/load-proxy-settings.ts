// Reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lower-case forms) from the environment and the
// settings file, the environment winning, and checks that each proxy is a usable address. Runs in Node.
import type { Redactor } from '../redact/redactor.ts';
import type { SettingValues } from './read-setting-values.ts';

export interface ProxySettings {
  httpProxy: string | undefined;
  httpsProxy: string | undefined;
  noProxy: string | undefined;
}

export function loadProxySettings(
  values: SettingValues,
  redactor: Redactor,
): { proxy: ProxySettings; problems: string[] } {
  const proxy: ProxySettings = {
    httpProxy: values.value('HTTP_PROXY', 'http_proxy')?.trim(),
    httpsProxy: values.value('HTTPS_PROXY', 'https_proxy')?.trim(),
    noProxy: values.value('NO_PROXY', 'no_proxy')?.trim(),
  };
  const problems: string[] = [];
  for (const [name, value] of [
    ['HTTPS_PROXY', proxy.httpsProxy],
    ['HTTP_PROXY', proxy.httpProxy],
  ] as const) {
    if (value === undefined) continue;
    const url = parseProxyUrl(value);
    if (url === null) {
      // The value is not repeated: it may hold a proxy password in a form that cannot be picked out.
      problems.push(
        `${name} is not a proxy address. It should look like http://proxy.example.gov.uk:8080 ` +
          '(with user:password@ before the host if the proxy asks for them, special characters percent-encoded).',
      );
      continue;
    }
    redactor.add('proxy password', url.password);
    redactor.add('proxy password', decodeURIComponent(url.password));
  }
  return { proxy, problems };
}

function parseProxyUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') {
      decodeURIComponent(url.password);
      return url;
    }
    return null;
  } catch {
    return null;
  }
}
