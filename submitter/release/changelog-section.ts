// Prints the CHANGELOG.md section for one version, as the GitHub Release's notes. Runs in Node at release time:
// `node submitter/release/changelog-section.ts 0.2.0`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text under `## <version>` up to the next version's heading, without the heading itself. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const start = lines.indexOf(`## ${version}`);
  if (start < 0)
    throw new Error(`CHANGELOG.md has no section for ${version}: run \`npx changeset version\` first.`);
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return `${lines
    .slice(start + 1, next < 0 ? undefined : next)
    .join('\n')
    .trim()}\n`;
}

if (import.meta.main) {
  const version = process.argv[2];
  if (version === undefined) throw new Error('Give the version, for example 0.2.0.');
  const changelog = readFileSync(join(import.meta.dirname, '../CHANGELOG.md'), 'utf8');
  process.stdout.write(changelogSection(changelog, version));
}
