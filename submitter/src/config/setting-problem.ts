// Problems found while reading the settings, as data, and the one place that turns them into the
// words the user reads: what is wrong, how to fix it, and where the docs say more. Runs anywhere.
import type { SettingEntry, SettingGroup } from './setting-entry.ts';

export type SettingProblem =
  | { code: 'env-file-missing'; path: string }
  | { code: 'env-file-unreadable'; path: string; reason: string }
  | { code: 'not-set'; entry: SettingEntry }
  | { code: 'out-of-range'; entry: SettingEntry; raw: string }
  | { code: 'not-a-choice'; entry: SettingEntry; raw: string }
  | { code: 'not-true-or-false'; entry: SettingEntry; raw: string }
  | { code: 'not-a-web-address'; entry: SettingEntry; raw: string }
  | { code: 'not-a-proxy-address'; entry: SettingEntry }
  /** Found by a check that looks at several settings together; it brings its own words. */
  | { code: 'check'; group: SettingGroup; text: string };

const settingsHint = 'See the csc-api README, "Settings".';
const databaseHint =
  'For the database, see the csc-api README, "Reading from a database", or the PostgreSQL and SQL Server pages of the documentation.';

/** `CSC_BATCH_SIZE (--batch-size)`, or whichever of the two a setting has. */
export function settingName(entry: SettingEntry): string {
  if (entry.env === null) return `--${entry.flag}`;
  return entry.flag === null ? entry.env : `${entry.env} (--${entry.flag})`;
}

export function problemGroup(problem: SettingProblem): SettingGroup {
  if (problem.code === 'check') return problem.group;
  return 'entry' in problem ? problem.entry.group : 'other';
}

export function describeSettingProblem(problem: SettingProblem): string {
  switch (problem.code) {
    case 'env-file-missing':
      return `there is no settings file at ${problem.path}. Check the --settings-file path.`;
    case 'env-file-unreadable':
      return `the settings file ${problem.path} cannot be read (${problem.reason}). Check that it is a file the account running csc-api may read.`;
    case 'not-set':
      return `${problem.entry.env ?? settingName(problem.entry)} is not set. Set it to ${problem.entry.whenMissing}.`;
    case 'out-of-range': {
      const type = problem.entry.type;
      if (type.kind !== 'number') throw new Error(`${problem.entry.key} is not a number setting`);
      return `${settingName(problem.entry)} must be ${type.unit} from ${type.min} to ${type.max}; it is "${problem.raw}".`;
    }
    case 'not-a-choice': {
      const type = problem.entry.type;
      if (type.kind !== 'choice') throw new Error(`${problem.entry.key} is not a choice setting`);
      return `${settingName(problem.entry)} must be ${alternatives(type.choices)}; it is "${problem.raw}".`;
    }
    case 'not-true-or-false':
      return `${settingName(problem.entry)} must be true or false; it is "${problem.raw}".`;
    case 'not-a-web-address':
      return (
        `${problem.entry.env} must be a web address starting https://; it is "${problem.raw}". ` +
        'Plain http:// is allowed only on this machine (localhost, 127.0.0.1 or ::1), for a local mock API.'
      );
    case 'not-a-proxy-address':
      // The value is not repeated: it may hold a proxy password in a form that cannot be picked out.
      return (
        `${problem.entry.env} is not a proxy address. It should look like http://proxy.example.gov.uk:8080 ` +
        '(with user:password@ before the host if the proxy asks for them, special characters percent-encoded).'
      );
    case 'check':
      return problem.text;
  }
}

/** Every problem in one message, with where the settings were read from and where to read more. */
export function formatSettingsProblems(problems: readonly SettingProblem[], readFrom: string): string {
  const hints = [settingsHint];
  if (problems.some((problem) => problemGroup(problem) === 'database')) hints.push(databaseHint);
  return [
    `there is a problem with the settings (read from ${readFrom}):`,
    ...problems.map((problem) => `  - ${describeSettingProblem(problem)}`),
    hints.join(' '),
  ].join('\n');
}

function alternatives(choices: readonly string[]): string {
  const quoted = choices.map((choice) => `"${choice}"`);
  return quoted.length === 1
    ? (quoted[0] as string)
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
