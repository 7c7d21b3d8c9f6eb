// `csc-api run --source postgres|sqlserver`: the run command's database branch. Reads the settings,
// opens the state file and one database session, and runs the submission. Runs in Node.
import type { CommandContext, ParsedArgs } from '../command.ts';
import { runAndReport } from '../commands/run/run-and-report.ts';
import { loadSettings } from '../config/load-settings.ts';
import type { ExitCode } from '../exit-codes.ts';
import { Redactor } from '../redact/redactor.ts';
import { loadDatabaseSettings } from './database-settings.ts';
import { openDatabase } from './open-database.ts';
import { runDatabaseSubmission } from './run-database-submission.ts';
import type { DatabaseKind } from './sql-dialect.ts';
import { StagingTable } from './staging-table.ts';

export async function runFromDatabase(
  kind: DatabaseKind,
  args: ParsedArgs,
  context: CommandContext,
): Promise<ExitCode> {
  const redactor = context.redactor ?? new Redactor();
  const dryRun = args.values['dry-run'] === true;
  const sources = { flags: args.values, env: context.env, cwd: context.cwd, redactor };
  const database = loadDatabaseSettings(sources, kind);
  const settings = loadSettings(sources, { credentials: !dryRun, laCode: !dryRun, input: false });
  const connection = await openDatabase(database);
  try {
    return await runAndReport(args, context, settings, redactor, (basics) =>
      runDatabaseSubmission({ ...basics, table: new StagingTable(connection, database.table) }),
    );
  } finally {
    await connection.close();
  }
}
