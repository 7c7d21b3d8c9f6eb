// Whether two answers from the DfE say the same thing, once the parts that change from one request to
// the next (trace ids, timestamps) are set aside. Runs anywhere.

/** Two answers say the same thing when they differ only in ids and times (trace ids, timestamps). */
export function sameAnswer(first: string, second: string): boolean {
  const gist = (text: string) =>
    text
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '#')
      .replace(/\d{4}-\d{2}-\d{2}[T ][\d:.]+Z?/g, '#')
      .replace(/[0-9a-f]{16,}/gi, '#');
  return gist(first) === gist(second);
}
