// The example child record on /reference/payload-structure: one synthetic record from the validator's
// generator (never real children's data), made for the same fixed day as the rule examples. Runs at
// build time (Astro) and in tests.
import { generate } from 'csc-api-validator/generate';
import { currentSpecVersion } from 'csc-api-validator/spec';
import { exampleDay } from './example-day';

export const [exampleRecord] = generate({
  count: 1,
  seed: 1,
  today: exampleDay,
  specVersion: currentSpecVersion,
});
