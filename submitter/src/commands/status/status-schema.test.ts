// The JSON Schema of `csc-api status --json` and the example the docs page shows: the example keeps
// to the schema, and the schema refuses what would break a reader. (status-json-contract.test.ts
// checks the real output.)
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { statusSchemaVersion } from './status-report.ts';

const readSchemaFile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../schema/${name}`, import.meta.url), 'utf8'));
const schema = readSchemaFile('status.schema.json');
const example = readSchemaFile('status.example.json');
const checkStatus = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const errorsOf = (output: unknown) => {
  checkStatus(output);
  return checkStatus.errors ?? [];
};

describe('the status --json schema', () => {
  it('describes the version the command prints, and the docs example keeps to it', () => {
    expect(schema.properties.schemaVersion.const).toBe(statusSchemaVersion);
    expect(errorsOf(example)).toEqual([]);
  });

  it('refuses a renamed field, another version and an unknown status', () => {
    const { stateFile, ...rest } = example;
    expect(errorsOf({ ...rest, state_file: stateFile }).map((error) => error.keyword)).toEqual(
      expect.arrayContaining(['required', 'additionalProperties']),
    );
    expect(errorsOf({ ...example, schemaVersion: 2 }).map((error) => error.keyword)).toContain('const');
    const run = { ...example.runs[0], status: 'done' };
    expect(errorsOf({ ...example, runs: [run] }).map((error) => error.instancePath)).toContain(
      '/runs/0/status',
    );
    const record = { ...example.records[0], sentAt: '2 December 2026' };
    expect(errorsOf({ ...example, records: [record] }).map((error) => error.instancePath)).toContain(
      '/records/0/sentAt',
    );
  });
});
