// Version numbers the site shows, taken from the packages so no page types them by hand.
// Runs in Node at build time (Astro pages, components and endpoints import it).
import submitterPackage from '../submitter/package.json' with { type: 'json' };

/**
 * The DfE specification version the validator checks against by default.
 * Kept here until the validator package exports its own `currentSpecVersion`; then this line
 * becomes a re-export so the site follows the spec data.
 */
export const currentSpecVersion = '1.0.1';

/** The version of the `csc-api` submitter package, from submitter/package.json. */
export const submitterVersion: string = submitterPackage.version;
