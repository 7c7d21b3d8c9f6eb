// The settings part of a command's usage text, made from the settings table. Runs anywhere.
import type { SettingEntry, SettingGroup, SettingsCommand } from './setting-entry.ts';
import { settingsOf } from './settings-table.ts';

const headings: Record<SettingGroup, string> = {
  sending: 'Sending and retrying:',
  connection: 'Connection to the DfE API:',
  proxy: 'Proxy (environment or .env only):',
  state: 'State and audit:',
  database: 'Reading from the SSD staging table instead of files:',
  other: 'Other:',
};

const flagWidth = 29;
const envWidth = 18;
const lineWidth = 100;
const indent = 2 + flagWidth + envWidth;

export function settingsUsage(command: SettingsCommand): string {
  const entries = settingsOf(command);
  const sections = (Object.keys(headings) as SettingGroup[]).flatMap((group) => {
    const rows = entries.filter((entry) => entry.group === group);
    return rows.length === 0 ? [] : [[headings[group], ...rows.map(usageLine)].join('\n')];
  });
  return [
    'Each setting comes from its flag, else the environment variable, else the settings file (.env, or\n' +
      '--settings-file), else its default. An empty value counts as not set, so the next of these applies.',
    ...sections,
  ].join('\n\n');
}

function usageLine(entry: SettingEntry): string {
  const flag =
    entry.flag === null ? '' : `--${entry.flag}${entry.placeholder ? ` ${entry.placeholder}` : ''}`;
  const notes = [
    entry.secret ? 'environment or .env only' : null,
    entry.default !== null && entry.type.kind !== 'switch' ? `default ${entry.default}` : null,
    entry.defaultNote === undefined ? null : `default ${entry.defaultNote}`,
  ].filter((note) => note !== null);
  const summary = notes.length === 0 ? entry.summary : `${entry.summary} (${notes.join('; ')})`;
  return wrap(`  ${column(flag, flagWidth)}${column(entry.env ?? '', envWidth)}`, summary);
}

/** A column of the given width; longer text keeps two spaces after it. */
function column(text: string, width: number): string {
  return text.length < width ? text.padEnd(width) : `${text}  `;
}

/** Wraps at spaces, continuing under the summary column. */
function wrap(columns: string, text: string): string {
  const lines: string[] = [];
  let line = columns;
  let lineHasWord = false;
  for (const word of text.split(' ')) {
    if (lineHasWord && line.length + 1 + word.length > lineWidth) {
      lines.push(line);
      line = ' '.repeat(indent);
      lineHasWord = false;
    }
    line += lineHasWord ? ` ${word}` : word;
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
}
