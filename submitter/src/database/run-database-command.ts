// `csc-api run --source postgres|sqlserver`: the run command's database branch. Reads the settings,
// opens the state file and one database session, and runs the submission. Runs in Node.
import { existsSync } from 'node:fs';
import { createDfeClient } from '../client/create-dfe-client.ts';
import { type CommandContext, type ParsedArgs, UserError } from '../command.ts';
import { formatRunSummary } from '../commands/run/format-run-summary.ts';
import { loadSettings } from '../config/load-settings.ts';
import { ExitCode } from '../exit-codes.ts';
import { validatorCheck } from '../gate/validator-check.ts';
import { terminalProgress } from '../output/progress.ts';
import { Redactor } from '../redact/redactor.ts';
import { isProcessAlive } from '../state/is-process-alive.ts';
import { StateBusyError, StateStore } from '../state/state-store.ts';
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
  const json = args.values.json === true;
  const sources = { flags: args.values, env: context.env, cwd: context.cwd, redactor };
  const database = loadDatabaseSettings(sources, kind);
  const settings = loadSettings(sources, { credentials: !dryRun, laCode: !dryRun, input: false });
  const connection = await openDatabase(database).catch((error: unknown) => {
    if (error instanceof DatabaseError) throw new UserError(error.message, error.exitCode);
    throw error;
  });
  const store =
    dryRun && !existsSync(settings.statePath)
      ? StateStore.open(':memory:')
      : StateStore.open(settings.statePath);
  try {
    const client =
      dryRun || settings.credentials === null || settings.laCode === null
        ? null
        : createDfeClient(
            { ...settings, credentials: settings.credentials, laCode: settings.laCode },
            context,
            redactor,
          ).client;
    const summary = await runDatabaseSubmission({
      settings,
      table: new StagingTable(connection, database.table),
      check: validatorCheck(context.now()),
      store,
      client,
      redactor,
      now: context.now,
      progress: terminalProgress(context.stdout, json),
      confirmDeletions: args.values['confirm-deletions'] === true,
      pid: process.pid,
      isAlive: isProcessAlive,
    });
    context.stdout.write(
      json ? `${JSON.stringify(summary, null, 2)}\n` : formatRunSummary(summary, settings.statePath),
    );
    if (summary.stopped !== null && !json) context.stderr.write(`csc-api run: ${summary.stopped}\n`);
    return summary.exitCode;
  } catch (error) {
    if (error instanceof TableBusyError) throw new UserError(error.message, ExitCode.usage);
    if (error instanceof StateBusyError) {
      throw new UserError(
        `${error.message} (${settings.statePath}). Wait for it to finish; two runs must not share a state file.`,
        ExitCode.usage,
      );
    }
    if (error instanceof DatabaseError) throw new UserError(error.message, error.exitCode);
    throw error;
  } finally {
    store.close();
    await connection.close();
  }
}
