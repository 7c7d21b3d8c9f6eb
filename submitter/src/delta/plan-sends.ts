// Moved to csc-api-validator/delta (see docs/decisions/0006-shared-delta-planning.md); this name stays only
// until every importer uses the package. Runs anywhere.
export { deletionOf, mayBeHeld, planChild, planSends, type SnapshotChild } from 'csc-api-validator/delta';
