// Turns one setting's text into its value according to the type its table row declares, or into a
// problem. Runs anywhere.
import { isIPv4 } from 'node:net';
import type { SettingEntry } from './setting-entry.ts';
import type { SettingProblem } from './setting-problem.ts';

export type SettingValue = string | number | boolean | readonly string[];

export type ParsedSetting = { ok: true; value: SettingValue } | { ok: false; problem: SettingProblem };

const trueWords = /^(true|yes|1|on)$/i;
const falseWords = /^(false|no|0|off)$/i;

/** `raw` is trimmed and not empty. */
export function parseSettingValue(entry: SettingEntry, raw: string): ParsedSetting {
  const type = entry.type;
  switch (type.kind) {
    case 'text':
      return { ok: true, value: raw };
    case 'number': {
      const value = Number(raw);
      if (!Number.isFinite(value) || value < type.min || value > type.max)
        return { ok: false, problem: { code: 'out-of-range', entry, raw } };
      return { ok: true, value: type.whole ? Math.trunc(value) : value };
    }
    case 'choice': {
      const word = raw.toLowerCase();
      const value = type.choices.includes(word) ? word : type.aliases?.[word];
      if (value === undefined) return { ok: false, problem: { code: 'not-a-choice', entry, raw } };
      return { ok: true, value };
    }
    case 'boolean':
    case 'switch':
      if (trueWords.test(raw)) return { ok: true, value: true };
      if (falseWords.test(raw)) return { ok: true, value: false };
      return { ok: false, problem: { code: 'not-true-or-false', entry, raw } };
    case 'list':
      return {
        ok: true,
        value: raw
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      };
    case 'web-address':
      if (!isAllowedUrl(raw)) return { ok: false, problem: { code: 'not-a-web-address', entry, raw } };
      return { ok: true, value: raw };
    case 'proxy-address':
      if (parseProxyUrl(raw) === null) return { ok: false, problem: { code: 'not-a-proxy-address', entry } };
      return { ok: true, value: raw };
  }
}

/** A proxy address as a URL, or null when it is not one. */
export function parseProxyUrl(value: string): URL | null {
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

/** https anywhere; plain http only to loopback, where nothing on the network can read or change it. */
function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && isLoopback(url.hostname);
  } catch {
    return false;
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || (isIPv4(host) && host.startsWith('127.'));
}
