// Whether two extracts fit in the memory the browser gives a page, judged from their sizes before they
// are read, and what to say when they do not, so a file too large gets a message, not a crashed tab.
// Runs on the page, in the compare worker and under Vitest.

/**
 * Memory a comparison may hold per byte of the two files: the text, the parsed records, and each record
 * serialised again for hashing and planning. bench/compare-bench.ts measures about 4.5 in Node; the page
 * also holds a file's bytes while it decodes them, and the check's findings, so this leaves room.
 */
export const memoryPerFileByte = 8;

/** The most memory the page's JavaScript may use, where the browser says (Chromium); otherwise null. */
export function pageMemoryLimit(): number | null {
  const memory = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory;
  return typeof memory?.jsHeapSizeLimit === 'number' ? memory.jsHeapSizeLimit : null;
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024).toLocaleString('en-GB')} MB`;
}

const useCsc =
  'Compare smaller extracts, or compare on the computer that runs csc-api: `csc-api run --mode delta --dry-run` writes what it would send to its audit folder and sends nothing.';

/** The message for files too large to compare here, or null when they should fit. */
export function tooLargeMessage(fileBytes: number, limit: number | null): string | null {
  if (limit === null || fileBytes * memoryPerFileByte <= limit) return null;
  return (
    `These extracts are too large to compare in this browser. Together they are ${megabytes(fileBytes)}; comparing them needs about ${megabytes(fileBytes * memoryPerFileByte)} ` +
    `of memory and this browser lets the page use ${megabytes(limit)}. ${useCsc}`
  );
}

export const outOfMemoryMessage = `The browser ran out of memory comparing these extracts, so the comparison stopped. ${useCsc}`;

/** Whether an error is the engine running out of memory (a string or buffer too large for it, say). */
export function ranOutOfMemory(error: unknown): boolean {
  if (error instanceof RangeError)
    return /memory|allocat|string length|array buffer|too large/i.test(error.message);
  return error instanceof DOMException && error.name === 'NotReadableError';
}
