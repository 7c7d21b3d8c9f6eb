// Moved to csc-api-validator/delta (see docs/decisions/0006-shared-delta-planning.md); this name stays only
// until every importer uses the package. Runs anywhere.
export { buildPartialPayload } from 'csc-api-validator/delta';
