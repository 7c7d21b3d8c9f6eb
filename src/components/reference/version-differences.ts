// Where the supported spec versions differ from the current one, field by field. Runs at build time
// (Astro) and in tests.
import { currentSpecVersion, type FieldSpec, fieldsFor, supportedSpecVersions } from 'csc-api-validator/spec';
import { type ConstraintDifference, constraintDifferences } from './field-facts';

export interface VersionDifference extends ConstraintDifference {
  /** The older supported version; `from` is its field and `to` the current version's. */
  version: string;
}

/** Every constraint of every supported version that is not as it is in the current version. */
export function differencesFromCurrent(): VersionDifference[] {
  const current = fieldsFor(currentSpecVersion);
  return supportedSpecVersions
    .filter((version) => version !== currentSpecVersion)
    .flatMap((version) =>
      constraintDifferences(fieldsFor(version), current).map((difference) => ({ ...difference, version })),
    );
}

/** Fields some supported version has and the current one does not, each from the newest version that has it. */
export function fieldsOnlyInEarlierVersions(): { field: FieldSpec; versions: string[] }[] {
  const currentPaths = new Set(fieldsFor(currentSpecVersion).map((f) => f.path));
  const found = new Map<string, { field: FieldSpec; versions: string[] }>();
  for (const version of supportedSpecVersions) {
    for (const field of fieldsFor(version)) {
      if (currentPaths.has(field.path)) continue;
      const entry = found.get(field.path) ?? { field, versions: [] };
      entry.versions.push(version);
      found.set(field.path, entry);
    }
  }
  return [...found.values()];
}
