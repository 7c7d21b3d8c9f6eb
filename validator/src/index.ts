// csc-api-validator's main entry: validate() and what reads its findings. Plain TypeScript with no DOM
// and no Node-only imports: the same code runs in Node, in the browser and in a Web Worker. The spec
// data is `csc-api-validator/spec`; the sample generator is `csc-api-validator/generate`, so a bundle
// carries it only when it asks.
export { ageOn, collectionYear, isRealDate, reportingWindowStart } from './dates.ts';
export { findSyntaxProblem, lineAndColumn, type SyntaxProblem } from './json-syntax.ts';
export { createLocator, type Location, type Locator, locate } from './locate.ts';
export { fillTemplate, ruleEntry } from './messages.ts';
export { isUkPostcode } from './postcode.ts';
export { type BusinessRule, type RuleId, type RuleParams, rules } from './rules/index.ts';
export { type RuleEntry, rulesCatalogue } from './rules-catalogue.ts';
export { combineSummaries, summarise, wouldBeRejected } from './summarise.ts';
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
  NotUtf8Error,
  readUtf8File,
  startsWithUtf16Bom,
} from './utf8-text.ts';
export { validate } from './validate.ts';
