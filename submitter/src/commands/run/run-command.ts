// `csc-api run`: validate, compare, batch, send and record a snapshot. Runs in Node.
import type { Command, CommandContext } from '../../command.ts';
import { loadSettings } from '../../config/load-settings.ts';
import { settingOptions } from '../../config/settings-options.ts';
import { settingsUsage } from '../../config/settings-usage.ts';
import { runFromDatabase } from '../../database/run-database-command.ts';
import { runSubmission } from '../../pipeline/run-submission.ts';
import { snapshotSource } from '../../pipeline/snapshot-source.ts';
import { Redactor } from '../../redact/redactor.ts';
import { openSource } from '../../source/open-source.ts';
import { runAndReport } from './run-and-report.ts';

export const runCommand: Command = {
  usage: `Usage: csc-api run --input PATH [options]

Reads a snapshot (a JSON array, an NDJSON file, or a folder of them), checks every record,
compares each child with what was last sent, and sends what is needed in batches of up to 100.

${settingsUsage('run')}

Exit codes: 0 every record sent (or nothing to send), 1 some records failed or had errors,
2 a usage or configuration problem, or the DfE refused access, 3 the API could not be reached.
`,
  options: settingOptions('run'),
  async run(args, context: CommandContext) {
    const redactor = context.redactor ?? new Redactor();
    const dryRun = args.values['dry-run'] === true;
    const { settings, database } = loadSettings(
      { flags: args.values, env: context.env, cwd: context.cwd, redactor },
      'run',
      { credentials: !dryRun, laCode: !dryRun, input: true, database: true },
    );
    if (database !== null) return runFromDatabase(database, settings, args, context, redactor);
    const source = openSource(settings.input as string);
    try {
      return await runAndReport(args, context, settings, redactor, (basics) =>
        runSubmission({ ...basics, source: snapshotSource(source) }),
      );
    } finally {
      await source.close();
    }
  },
};
