// JSON Schema of the request body (an array of child records) for a version, for the docs and downloads.
// Runs anywhere.
import { getSpecVersion, type SchemaNode } from './spec-data.ts';

export function requestBodySchema(version: string): SchemaNode & { $schema: string } {
  const spec = getSpecVersion(version);
  if (!spec) throw new RangeError(`Unknown spec version ${version}.`);
  const { $schema: _omitted, ...record } = spec.record;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'array',
    maxItems: spec.batch.maxItems,
    items: record,
  };
}
