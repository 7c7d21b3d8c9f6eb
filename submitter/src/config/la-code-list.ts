// The DfE's current 3-digit local authority numbers, with names, from the validator's code sets.
// Only current codes: the API path takes the code the DfE knows an authority by today. Runs anywhere.
import { codeSets } from 'csc-api-validator/spec';

export const laCodeNames: ReadonlyMap<string, string> = new Map(
  (codeSets.la_codes?.codes ?? [])
    .filter((code) => code.current !== false)
    .map((code) => [code.code, code.description]),
);
