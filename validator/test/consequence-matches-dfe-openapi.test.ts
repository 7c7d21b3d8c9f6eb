// Each rule's consequence in the registry agrees with the DfE's own OpenAPI document: the fault that makes a
// `rejected` rule fire breaks the request body schema the DfE publishes (or is not JSON at all), and the
// fault of a `data-quality` rule passes it. The DfE documents are test fixtures in ./dfe-openapi/.
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { faults, generate, injectFault } from '../src/generate/index.ts';
import { ruleEntry, rulesCatalogue, validate } from '../src/index.ts';
import { supportedSpecVersions } from '../src/spec/index.ts';

const today = new Date('2026-11-26T10:00:00Z');

/** Rules whose fault makes a text the API cannot parse as JSON (the DfE answers 400 "Payload was malformed"). */
const syntaxLevel = ['syntax.empty', 'syntax.json', 'syntax.ndjson-line'];
/** Rules about the request as a whole rather than one record: the DfE answers 413 "Too many records". */
const batchLevel = ['batch-over-100'];

/** RFC 3339 full-date, which OpenAPI 3.0 names as the meaning of `format: date`. */
function isFullDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

interface OpenApiDocument {
  paths: Record<string, { post: { requestBody: { content: Record<string, { schema: object }> } } }>;
}

/** The POST request body schema of one DfE version, with its $refs resolved inside the document. */
function officialRequestBody(version: string): ValidateFunction {
  const text = readFileSync(new URL(`./dfe-openapi/openapi-${version}.json`, import.meta.url), 'utf8');
  const document = JSON.parse(text) as OpenApiDocument;
  const ajv = new Ajv({
    allErrors: true,
    // The document is OpenAPI, not pure JSON Schema (`openapi`, `paths`, `example`); a format Ajv does not
    // know must still fail loudly rather than be skipped.
    strict: false,
    logger: {
      log() {},
      warn(message: unknown) {
        throw new Error(String(message));
      },
      error(message: unknown) {
        throw new Error(String(message));
      },
    },
  });
  ajv.addFormat('date', isFullDate);
  ajv.addSchema(document, 'dfe');
  const post = document.paths['/children_social_care_data/{la_code}/children']?.post;
  const body = post?.requestBody.content['application/json']?.schema as { $ref: string };
  return ajv.compile({ $ref: `dfe${body.$ref}` });
}

const officialSchemas = new Map(supportedSpecVersions.map((v) => [v, officialRequestBody(v)]));

/** The request body a fault produces: its text parsed when it is a text, or the value as it is. */
function requestBody(input: unknown): { parsed: true; body: unknown } | { parsed: false } {
  if (typeof input !== 'string') return { parsed: true, body: input };
  try {
    return { parsed: true, body: JSON.parse(input) };
  } catch {
    return { parsed: false };
  }
}

function officialErrors(version: string, body: unknown): ErrorObject[] {
  const check = officialSchemas.get(version) as ValidateFunction;
  return check(body) ? [] : (check.errors ?? []);
}

describe('the registry', () => {
  it('gives every finding id a consequence of rejected or data-quality', () => {
    const missing = rulesCatalogue.filter(
      (e) => e.consequence !== 'rejected' && e.consequence !== 'data-quality',
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('says every syntax and schema check is rejected, and a rejected finding is an error except the batch limit', () => {
    for (const entry of rulesCatalogue) {
      if (entry.layer === 'syntax' || entry.layer === 'schema')
        expect(entry.consequence, entry.id).toBe('rejected');
      if (entry.consequence === 'rejected' && !batchLevel.includes(entry.id))
        expect(entry.severity).toBe('error');
    }
  });
});

describe.each(supportedSpecVersions.map((v) => [v] as const))('DfE OpenAPI %s', (version) => {
  const records = generate({ count: 4, seed: 11, specVersion: version, today });

  it('accepts the clean generated records', () => {
    expect(officialErrors(version, records)).toEqual([]);
  });

  it.each(faults.map((f) => [f.rule, f.name] as const))('%s (fault %s)', (rule, faultName) => {
    const entry = ruleEntry(rule);
    const input = injectFault(records, faultName, { index: 1, today });
    // The fault must really make the rule fire under this version, and the finding carries the consequence.
    const mode = faultName === 'purge-in-full' ? 'full' : 'auto';
    const fired = validate(input, { spec: version, today, mode }).findings.filter((f) => f.rule === rule);
    expect(fired.length).toBeGreaterThan(0);
    for (const finding of fired) expect(finding.consequence).toBe(entry.consequence);

    const body = requestBody(input);
    if (!body.parsed) {
      expect(syntaxLevel).toContain(rule);
      expect(entry.consequence).toBe('rejected');
      return;
    }
    expect(syntaxLevel).not.toContain(rule);
    const errors = officialErrors(version, body.body);
    if (entry.consequence === 'data-quality') {
      expect(errors).toEqual([]);
      return;
    }
    expect(errors.length).toBeGreaterThan(0);
    if (batchLevel.includes(rule))
      expect(errors.map((e) => [e.instancePath, e.keyword])).toEqual([['', 'maxItems']]);
  });
});
