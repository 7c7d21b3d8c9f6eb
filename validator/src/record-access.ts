// Defensive readers for records that may not match the schema: rules use these so bad data never throws.
// Runs anywhere.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function objectAt(parent: JsonObject | undefined, key: string): JsonObject | undefined {
  const value = parent?.[key];
  return isObject(value) ? value : undefined;
}

export function stringAt(parent: JsonObject | undefined, key: string): string | undefined {
  const value = parent?.[key];
  return typeof value === 'string' ? value : undefined;
}

// One shared empty list, so a missing list costs the rules no allocation per record.
const noItems: readonly unknown[] = Object.freeze([]);

export function listAt(parent: JsonObject | undefined, key: string): readonly unknown[] {
  const value = parent?.[key];
  return Array.isArray(value) ? value : noItems;
}

/** A child recorded before birth: `child_details` with an expected date of birth and no date of birth. */
export function isUnborn(details: JsonObject | undefined): details is JsonObject {
  return (
    details !== undefined &&
    details.date_of_birth === undefined &&
    details.expected_date_of_birth !== undefined
  );
}
