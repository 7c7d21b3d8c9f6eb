// The day the reference pages' examples (rule examples, the example record) are made and checked on.
// Fixed so the pages do not change from day to day. Runs at build time (Astro) and in tests.

export const exampleDay = new Date('2026-11-26T12:00:00Z');
