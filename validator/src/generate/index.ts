// csc-api-validator/generate: synthetic records, named faults and worked rule examples, for tests, the
// docs and the validator page's samples. Runs anywhere.
export { type Fault, type FaultContext, faults, injectFault } from './faults.ts';
export { type GenerateOptions, generate } from './generate.ts';
export { type RuleExample, ruleExample } from './rule-example.ts';
export { sampleWithProblems, typicalFaults } from './sample-with-problems.ts';
