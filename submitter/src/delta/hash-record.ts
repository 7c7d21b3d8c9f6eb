// Moved to csc-api-validator/delta (see docs/decisions/0006-shared-delta-planning.md); this name stays only
// until every importer uses the package. Runs anywhere.
export { canonicalJson, hashRecord, hashText, type IgnoredFields } from 'csc-api-validator/delta';
