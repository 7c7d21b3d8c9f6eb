// `csc-api run`: validate, compare, batch, send and record a snapshot. Runs in Node.
import type { Command, CommandContext } from '../../command.ts';
import { loadSettings } from '../../config/load-settings.ts';
import { connectionUsage, runOptions, stateUsage } from '../../config/settings-options.ts';
import { databaseOptions, databaseUsage } from '../../database/database-options.ts';
import { readSourceKind } from '../../database/database-settings.ts';
import { runFromDatabase } from '../../database/run-database-command.ts';
import { runSubmission } from '../../pipeline/run-submission.ts';
import { Redactor } from '../../redact/redactor.ts';
import { openSource } from '../../source/open-source.ts';
import { runAndReport } from './run-and-report.ts';

export const runCommand: Command = {
  usage: `Usage: csc-api run --input PATH [options]

Reads a snapshot (a JSON array, an NDJSON file, or a folder of them), checks every record,
compares each child with what was last sent, and sends what is needed in batches of up to 100.

  --input PATH                 CSC_INPUT         snapshot file or folder
  --mode full|delta            CSC_MODE          full: send every valid record (default);
                                                 delta: send new and changed children, and deletions
  --partial                    CSC_PARTIAL=true  in delta mode, send only what changed plus identifiers
  --hold-on rejected|data-quality  CSC_HOLD_ON   rejected: withhold only records the DfE API would
                                                 reject, send those with data-quality errors and list
                                                 them (default); data-quality: withhold those too
  --ignore-field PATH          CSC_IGNORE_FIELDS fields that change without meaning (repeat the flag,
                                                 or comma-separate), for example child_details.postcode
  --max-vanished-share N       CSC_MAX_VANISHED_SHARE  share of children that may vanish before
                                                 deletions need --confirm-deletions (default 0.05)
  --confirm-deletions          send deletions even when more children vanished than allowed
  --batch-size N               CSC_BATCH_SIZE    records per request, 1 to 100 (default 100)
  --audit-retention-days N     CSC_AUDIT_RETENTION_DAYS  keep audit folders this long (default 90)
  --dry-run                    write what would be sent to the audit folder; send and record nothing
  --json                       print the run summary as JSON

${connectionUsage}

${stateUsage}

${databaseUsage}

Exit codes: 0 every record sent (or nothing to send), 1 some records failed or had errors,
2 a usage or configuration problem, or the DfE refused access, 3 the API could not be reached.
`,
  options: { ...runOptions, ...databaseOptions },
  async run(args, context: CommandContext) {
    const sourceKind = readSourceKind({ flags: args.values, env: context.env, cwd: context.cwd });
    if (sourceKind !== 'file') return runFromDatabase(sourceKind, args, context);
    const redactor = context.redactor ?? new Redactor();
    const dryRun = args.values['dry-run'] === true;
    const settings = loadSettings(
      { flags: args.values, env: context.env, cwd: context.cwd, redactor },
      { credentials: !dryRun, laCode: !dryRun, input: true },
    );
    const source = openSource(settings.input as string);
    try {
      return await runAndReport(args, context, settings, redactor, (basics) =>
        runSubmission({ ...basics, source }),
      );
    } finally {
      await source.close();
    }
  },
};
