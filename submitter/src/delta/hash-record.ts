// A content hash of a child record for comparing today's snapshot with what was last sent.
// Key order, array order and ignored fields do not change the hash. Runs in Node.
import { createHash } from 'node:crypto';

/** Dotted field paths with array positions left out, for example `social_care_episodes.referral_source`. */
export type IgnoredFields = ReadonlySet<string>;

export function hashRecord(record: unknown, ignored: IgnoredFields): string {
  return createHash('sha256')
    .update(canonicalJson(record, ignored, ''))
    .digest('base64url');
}

export function canonicalJson(value: unknown, ignored: IgnoredFields, path: string): string {
  if (Array.isArray(value)) {
    // The DfE does not give array order a meaning, so reordering alone is not a change.
    const items = value.map((item) => canonicalJson(item, ignored, path));
    items.sort();
    return `[${items.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (ignored.has(childPath)) continue;
      entries.push(
        `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key], ignored, childPath)}`,
      );
    }
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
