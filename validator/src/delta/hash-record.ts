// A content hash of a child record for comparing today's snapshot with what was last sent.
// Key order, array order and ignored fields do not change the hash. Runs anywhere (see sha256.ts).
import { sha256Base64url } from './sha256.ts';

/** Dotted field paths with array positions left out, for example `social_care_episodes.referral_source`. */
export type IgnoredFields = ReadonlySet<string>;

export function hashRecord(record: unknown, ignored: IgnoredFields): string {
  return sha256Base64url(canonicalJson(record, ignored, ''));
}

/** A hash of the record exactly as serialised: equal raw hashes mean equal content, so no deeper look is needed. */
export function hashText(json: string): string {
  return sha256Base64url(json);
}

export function canonicalJson(value: unknown, ignored: IgnoredFields, path: string): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) {
    // The DfE does not give array order a meaning, so reordering alone is not a change.
    const items = value.map((item) => canonicalJson(item, ignored, path));
    items.sort();
    return `[${items.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    const childPath = path === '' ? key : `${path}.${key}`;
    if (ignored.size > 0 && ignored.has(childPath)) continue;
    text += `${text.length === 1 ? '' : ','}"${key}":${canonicalJson(item, ignored, childPath)}`;
  }
  return `${text}}`;
}
