// Version numbers the site shows, taken from the packages so no page types them by hand.
// Runs in Node at build time (Astro pages, components and endpoints import it).
import submitterPackage from '../submitter/package.json' with { type: 'json' };

/** The DfE specification version the validator checks against by default, from the spec data. */
export { currentSpecVersion } from 'csc-api-validator';

/** The version of the `csc-api` submitter package, from submitter/package.json. */
export const submitterVersion: string = submitterPackage.version;
