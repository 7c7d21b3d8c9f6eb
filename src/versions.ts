// Version numbers the site shows, taken from the packages so no page types them by hand.
// Runs in Node at build time (Astro pages, components and endpoints import it).
import submitterPackage from '../submitter/package.json' with { type: 'json' };

/** The DfE specification version the validator checks against by default, from the spec data. */
export { currentSpecVersion } from 'csc-api-validator/spec';

/** The version of the `csc-api` submitter package, from submitter/package.json. */
export const submitterVersion: string = submitterPackage.version;

/**
 * The Node.js versions the submitter supports, in words, from the range in its package.json
 * `engines`: ">=22.13" reads "22.13 or later"; any other range is shown as written.
 */
export const submitterNodeRequirement: string = describeRange(submitterPackage.engines.node);

function describeRange(range: string): string {
  const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range.trim())?.[1];
  return minimum ? `${minimum} or later` : `in the range ${range}`;
}
