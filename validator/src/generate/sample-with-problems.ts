// A small batch with the problems LAs meet most often, one per record, for the site's sample button and
// the docs. Runs anywhere.
import { isoDate } from '../dates.ts';
import type { JsonObject } from '../record-access.ts';
import { faults } from './faults.ts';
import { generate } from './generate.ts';

/** Faults that show typical problems without breaking the whole document. */
export const typicalFaults = [
  'unknown-field',
  'null-value',
  'bad-date-format',
  'unknown-code',
  'upn-bad-check-letter',
  'closure-reason-missing',
  'impossible-date',
  'none-with-disabilities',
  'bad-postcode',
  'duplicate-item',
] as const;

export function sampleWithProblems(
  options: { seed?: number; specVersion?: string; today?: Date } = {},
): JsonObject[] {
  const today = options.today ?? new Date();
  let records = generate({
    count: typicalFaults.length + 5,
    seed: options.seed ?? 7,
    specVersion: options.specVersion,
    today,
  });
  typicalFaults.forEach((name, index) => {
    const fault = faults.find((f) => f.name === name);
    if (fault) records = fault.apply(records, { index, today: isoDate(today) }) as JsonObject[];
  });
  return records;
}
