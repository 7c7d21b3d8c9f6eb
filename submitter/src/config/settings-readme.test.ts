// The settings table in the package README is made from the settings table, like the docs' tables:
// this test fails when the two differ, and prints the table to paste between the markers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingEntry } from './setting-entry.ts';
import { settingsTable } from './settings-table.ts';

const readmeGroups = new Set(['connection', 'sending', 'state']);
const start =
  '<!-- settings table: made from src/config/settings-table.ts, checked by settings-readme.test.ts -->';
const end = '<!-- end of settings table -->';

function row(entry: SettingEntry): string {
  const flag =
    entry.flag === null ? '(none)' : `\`--${entry.flag}\`${entry.type.kind === 'list' ? ' (repeat)' : ''}`;
  const shownDefault = entry.default ?? entry.defaultNote;
  return `| \`${entry.env}\` | ${flag} | ${shownDefault === undefined || shownDefault === null ? '' : `\`${shownDefault}\``} | ${entry.description} |`;
}

describe('the README settings table', () => {
  it('is the rows of the settings table', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end)).trim();
    const made = [
      '| Variable | Flag | Default | What it is |',
      '|---|---|---|---|',
      ...settingsTable.filter((entry) => readmeGroups.has(entry.group)).map(row),
    ].join('\n');
    expect(readme).toContain(start);
    expect(section).toBe(made);
  });
});
