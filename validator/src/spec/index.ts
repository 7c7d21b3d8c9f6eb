// csc-api-validator/spec: the DfE spec as data (versions, fields, code sets, the changelog), for the
// reference pages and anything that lists codes. Carries no validation code: the rules catalogue, made
// from the rules themselves, comes from the main entry. Runs anywhere.
export { type FieldSpec, fieldsFor } from './fields-for-version.ts';
export { requestBodySchema } from './request-body-schema.ts';
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
  type SchemaNode,
  type SpecVersion,
  specVersionData,
  specVersions,
  supportedSpecVersions,
} from './spec-data.ts';
