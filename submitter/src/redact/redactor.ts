// Replaces every known secret value in text before it is written anywhere. Runs in Node.

/** Secrets shorter than this are not masked: masking "ab" everywhere would garble output without protecting anything. */
const minimumSecretLength = 4;

export class Redactor {
  readonly #secrets = new Map<string, string>();

  /** Registers a secret under a label; the label is what appears in its place. */
  add(label: string, value: string | undefined): void {
    if (value === undefined || value.length < minimumSecretLength) return;
    // The same value can leak in several encodings: as typed, form- or URL-encoded, JSON-escaped.
    const forms = new Set([
      value,
      encodeURIComponent(value),
      formEncode(value),
      JSON.stringify(value).slice(1, -1),
    ]);
    for (const form of forms) this.#secrets.set(form, label);
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret that contains another is masked whole.
    const forms = [...this.#secrets.keys()].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      if (result.includes(form)) result = result.split(form).join(`[redacted ${this.#secrets.get(form)}]`);
    }
    return result;
  }

  get size(): number {
    return this.#secrets.size;
  }
}

function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
