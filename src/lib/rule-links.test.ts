// Every rule the troubleshooting pages name must exist in the validator's registry, so a renamed
// or removed rule is caught here rather than shown as an unlinked id.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesCatalogue } from 'csc-api-validator';
import { describe, expect, it } from 'vitest';

const docsRoot = join(import.meta.dirname, '../../content/docs');

function mdxFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

const uses = mdxFiles(docsRoot).flatMap((file) =>
  [...readFileSync(file, 'utf-8').matchAll(/<RuleLink id="([^"]+)"/g)].map((match) => ({
    file: file.slice(docsRoot.length + 1),
    id: match[1] ?? '',
  })),
);

describe('RuleLink ids in the docs', () => {
  it('are used at least once, so this test checks something', () => {
    expect(uses.length).toBeGreaterThan(10);
  });

  it('all name a rule in the validator registry', () => {
    const known = new Set(rulesCatalogue.map((rule) => rule.id));
    const unknown = uses.filter((use) => !known.has(use.id)).map((use) => `${use.file}: ${use.id}`);
    expect(unknown).toEqual([]);
  });
});
