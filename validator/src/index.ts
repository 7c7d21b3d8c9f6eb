// The public API of csc-api-validator. Plain TypeScript with no DOM and no Node-only imports:
// the same code runs in Node, in the browser and in a Web Worker.
export { ageOn, collectionYear, isRealDate, reportingWindowStart } from './dates.ts';
export { type Fault, type FaultContext, faults, injectFault } from './generate/faults.ts';
export { type GenerateOptions, generate } from './generate/generate.ts';
export { type RuleExample, ruleExample } from './generate/rule-example.ts';
export { sampleWithProblems, typicalFaults } from './generate/sample-with-problems.ts';
export { findSyntaxProblem, lineAndColumn, type SyntaxProblem } from './json-syntax.ts';
export { createLocator, type Location, type Locator, locate } from './locate.ts';
export { fillTemplate, ruleEntry } from './messages.ts';
export { isUkPostcode } from './postcode.ts';
export { rules } from './rules/index.ts';
export { type FieldSpec, fieldsFor } from './spec/fields-for-version.ts';
export { requestBodySchema } from './spec/request-body-schema.ts';
export {
  type ChangelogEntry,
  type Code,
  type CodeSet,
  changelog,
  codeSets,
  currentSpecVersion,
  type FieldNotes,
  fieldNotes,
  getSpecVersion,
  type RuleEntry,
  rulesCatalogue,
  type SchemaNode,
  type SpecVersion,
  specVersionData,
  specVersions,
  supportedSpecVersions,
} from './spec/spec-data.ts';
export { summarise, wouldBeRejected } from './summarise.ts';
export type {
  Consequence,
  Finding,
  Outcome,
  Severity,
  ValidateOptions,
  ValidationMode,
  ValidationReport,
  ValidationSummary,
} from './types.ts';
export { isTemporaryUpn, isUpnFormat, upnCheckLetter } from './upn.ts';
export {
  byteProblem,
  type DecodedText,
  decodeUtf8,
  type EncodingProblem,
  encodingProblemMessage,
  findInvalidUtf8,
  startsWithUtf16Bom,
} from './utf8-text.ts';
export { validate } from './validate.ts';
