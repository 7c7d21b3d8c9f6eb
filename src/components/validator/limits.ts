// The validator page's sizes and counts, in one place: the page, its markup and its worker read them here.

const mebibyte = 1024 * 1024;

/** Above this size a single file is checked without opening it in the editor (nor mapping its findings to lines up front). */
export const editorLimitBytes = 5 * mebibyte;

/** The editor limit as the page's hint says it. */
export const editorLimitText = `${editorLimitBytes / mebibyte} MB`;

/** Records in a sample batch, and the seed that makes the same sample every time. */
export const sampleRecords = 20;
export const sampleSeed = 20_260_401;

/** Examples shown per rule before "Show all"; long lists then grow a page at a time. */
export const examplesShown = 5;
export const pageSize = 200;

/** The wait after the last keystroke in the child filter before the list is filtered. */
export const childFilterDelayMs = 200;
