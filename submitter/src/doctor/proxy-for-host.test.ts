import { describe, expect, it } from 'vitest';
import { describeProxy, proxyForUrl } from './proxy-for-host.ts';

const proxy = {
  httpProxy: undefined,
  httpsProxy: 'http://proxy.example:8080',
  noProxy: 'localhost, .internal.example,10.0.0.5:443',
};

describe('proxyForUrl', () => {
  it('routes https through HTTPS_PROXY unless NO_PROXY matches', () => {
    expect(proxyForUrl(new URL('https://pp-api.education.gov.uk/x'), proxy)).toBe(
      'http://proxy.example:8080',
    );
    expect(proxyForUrl(new URL('https://api.internal.example/x'), proxy)).toBeNull();
    expect(proxyForUrl(new URL('https://internal.example/x'), proxy)).toBeNull();
    expect(proxyForUrl(new URL('https://10.0.0.5/x'), { ...proxy, noProxy: '10.0.0.5:8443' })).toBe(
      'http://proxy.example:8080',
    );
    expect(proxyForUrl(new URL('http://localhost:8080/x'), proxy)).toBeNull();
  });
});

describe('describeProxy', () => {
  it('masks a proxy password', () => {
    expect(describeProxy('http://user:pa55word@proxy.example:8080')).toBe(
      'http://user:redacted@proxy.example:8080/',
    );
  });
});
