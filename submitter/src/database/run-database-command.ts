// `csc-api run --source postgres|sqlserver`: the run command's database branch. Opens the state file
// and one database session, and runs the submission. Runs in Node.
import type { CommandContext, ParsedArgs } from '../command.ts';
import { runAndReport } from '../commands/run/run-and-report.ts';
import type { Settings } from '../config/settings.ts';
import type { ExitCode } from '../exit-codes.ts';
import { runSubmission } from '../pipeline/run-submission.ts';
import type { Redactor } from '../redact/redactor.ts';
import type { DatabaseSettings } from './database-settings.ts';
import { openDatabase } from './open-database.ts';
import { StagingTable } from './staging-table.ts';
import { tableSource } from './table-source.ts';

export async function runFromDatabase(
  database: DatabaseSettings,
  settings: Settings,
  args: ParsedArgs,
  context: CommandContext,
  redactor: Redactor,
): Promise<ExitCode> {
  const connection = await openDatabase(database);
  try {
    return await runAndReport(args, context, settings, redactor, (basics) =>
      runSubmission({ ...basics, source: tableSource(new StagingTable(connection, database.table)) }),
    );
  } finally {
    await connection.close();
  }
}
