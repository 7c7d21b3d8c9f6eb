// Reads a pilot update's publication date from its file name (content/docs/updates/YYYY-MM-DD-title.md).
// Keeping the date in the name keeps posts in order on disk and needs no extra frontmatter field.
// Runs in Node at build time.

const datedId = /^updates\/(\d{4})-(\d{2})-(\d{2})-[a-z0-9-]+$/;

/** The date in a docs entry id such as `updates/2026-11-26-site-launch`, or undefined if it has none. */
export function pilotUpdateDate(id: string): Date | undefined {
  const match = datedId.exec(id);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Reject dates that roll over, such as 2026-02-30.
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}
