// Checks made before two extracts are compared: do they look like the same specification version, and
// the same local authority? Either answer "no" is a warning the user sees before the comparison, since a
// comparison across versions or LAs shows changes that are not real. Runs in the compare worker and
// under Vitest.
import { validate } from 'csc-api-validator';
import { supportedSpecVersions } from 'csc-api-validator/spec';

/** Records checked against each version: enough to meet a version's features, quick on any file. */
const sampleSize = 300;

function sample(records: readonly unknown[]): unknown[] {
  if (records.length <= sampleSize) return [...records];
  const step = records.length / sampleSize;
  return Array.from({ length: sampleSize }, (_, i) => records[Math.floor(i * step)]);
}

/**
 * The specification version the records most likely follow: of the versions this site checks, the
 * newest under which the fewest records would be rejected. Null when there are no records.
 */
export function likelySpecVersion(records: readonly unknown[], today: Date): string | null {
  const checked = sample(records);
  if (checked.length === 0) return null;
  let best: { version: string; rejected: number } | null = null;
  // Newest first, so a tie goes to the newest version.
  for (const version of [...supportedSpecVersions].sort(byVersionDescending)) {
    const report = validate(checked, { spec: version, mode: 'full', today });
    const rejected = new Set(
      report.findings.filter((f) => f.consequence === 'rejected' && f.record !== null).map((f) => f.record),
    ).size;
    if (best === null || rejected < best.rejected) best = { version, rejected };
  }
  return best?.version ?? null;
}

function byVersionDescending(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (y[i] ?? 0) - (x[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** An la_child_id without its closing digits: the part an LA's case management system repeats. */
function idPrefix(id: string): string {
  return id.replace(/\d+$/, '');
}

/** The distinct la_child_id prefixes in the records. */
export function childIdPrefixes(records: readonly unknown[]): Set<string> {
  const prefixes = new Set<string>();
  for (const record of records) {
    const id = (record as { la_child_id?: unknown } | null)?.la_child_id;
    if (typeof id === 'string' && id !== '') prefixes.add(idPrefix(id));
  }
  return prefixes;
}

function examples(prefixes: Set<string>): string {
  return [...prefixes]
    .slice(0, 3)
    .map((prefix) => (prefix === '' ? 'digits only' : `${prefix}…`))
    .join(', ');
}

/** Warnings about the pair, in plain English; empty when they look like two days of one LA's data. */
export function extractWarnings(
  previous: readonly unknown[],
  current: readonly unknown[],
  today: Date,
): string[] {
  const warnings: string[] = [];
  const [before, after] = [likelySpecVersion(previous, today), likelySpecVersion(current, today)];
  if (before !== null && after !== null && before !== after) {
    warnings.push(
      `The two extracts look like different specification versions: the extract last sent matches ${before} and today’s matches ${after}. ` +
        'A change of version can make children look changed when they are not. Check you chose the right files.',
    );
  }
  const [old, now] = [childIdPrefixes(previous), childIdPrefixes(current)];
  if (old.size > 0 && now.size > 0 && ![...old].some((prefix) => now.has(prefix))) {
    warnings.push(
      `The two extracts may be from different local authorities: their la_child_id values start differently (the extract last sent: ${examples(old)}; today’s: ${examples(now)}). ` +
        'Compared, every child would be sent as new and every child last sent would be deleted. Check you chose the right files.',
    );
  }
  return warnings;
}
