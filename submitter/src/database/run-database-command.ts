// `csc-api run --source postgres|sqlserver`: the run command's database branch. Reads the settings,
// opens the state file and one database session, and runs the submission. Runs in Node.
import { type CommandContext, type ParsedArgs, UserError } from '../command.ts';
import { runAndReport } from '../commands/run/run-and-report.ts';
import { loadSettings } from '../config/load-settings.ts';
import { ExitCode } from '../exit-codes.ts';
import { Redactor } from '../redact/redactor.ts';
import { DatabaseError } from './database-connection.ts';
import { loadDatabaseSettings } from './database-settings.ts';
import { openDatabase } from './open-database.ts';
import { runDatabaseSubmission, TableBusyError } from './run-database-submission.ts';
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
  const connection = await openDatabase(database).catch((error: unknown) => {
    if (error instanceof DatabaseError) throw new UserError(error.message, error.exitCode);
    throw error;
  });
  try {
    return await runAndReport(args, context, settings, redactor, (basics) =>
      runDatabaseSubmission({ ...basics, table: new StagingTable(connection, database.table) }),
    );
  } catch (error) {
    if (error instanceof TableBusyError) throw new UserError(error.message, ExitCode.usage);
    if (error instanceof DatabaseError) throw new UserError(error.message, error.exitCode);
    throw error;
  } finally {
    await connection.close();
  }
}
