// Stable anchors for the reference pages. Runs at build time (Astro) and in tests.
//
// A field's anchor is its path in the record with the `[]` array markers dropped and the dots turned
// into hyphens: `social_care_episodes[].referral_date` becomes `social_care_episodes-referral_date`.
// Field names only use lower-case letters, digits and underscores, so the anchor is unique, readable and
// needs no escaping. A code set's anchor is its key in the validator's code-sets.json, and a rule's
// anchor is the `anchor` of its catalogue entry (the rule id).

/** The anchor of a field's entry on the data items page. Accepts `fields.json` paths (`a[].b`, `a.b[]`). */
export function fieldAnchor(path: string): string {
  return path.replaceAll('[]', '').replaceAll('.', '-');
}

/** The anchor of a code set's entry on the code sets page. */
export function codeSetAnchor(key: string): string {
  return key;
}
