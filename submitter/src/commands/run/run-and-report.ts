// The part of `csc-api run` every source shares: take the run lock, open the state file, make the DfE
// client, run the submission and print its summary. The file and database branches add only their
// source. Runs in Node.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { validatorCheck } from 'csc-api-validator/delta';
import { createDfeClient } from '../../client/create-dfe-client.ts';
import type { CommandContext, ParsedArgs } from '../../command.ts';
import type { Settings } from '../../config/settings.ts';
import type { ExitCode } from '../../exit-codes.ts';
import { terminalProgress } from '../../output/progress.ts';
import type { RunSummary, SubmissionBasics } from '../../pipeline/run-lifecycle.ts';
import type { Redactor } from '../../redact/redactor.ts';
import { RunLock } from '../../state/run-lock.ts';
import { StateStore } from '../../state/state-store.ts';
import { formatRunSummary } from './format-run-summary.ts';

/**
 * Runs `submit` holding the run lock (a dry run, which records nothing, takes none), with the state
 * file open and a client (none for a dry run), then prints the summary.
 */
export async function runAndReport(
  args: ParsedArgs,
  context: CommandContext,
  settings: Settings,
  redactor: Redactor,
  submit: (basics: SubmissionBasics) => Promise<RunSummary>,
): Promise<ExitCode> {
  const dryRun = args.values['dry-run'] === true;
  const json = args.values.json === true;
  const holder = { host: hostname(), pid: process.pid, since: context.now().toISOString() };
  const lock = dryRun ? null : RunLock.acquire(settings.statePath, holder);
  try {
    // A dry run must not change the state file, so without one it compares against an empty store.
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
      const summary = await submit({
        settings,
        check: validatorCheck(context.now(), settings.holdOn),
        store,
        client,
        redactor,
        now: context.now,
        progress: terminalProgress(context.stdout, json),
        confirmDeletions: args.values['confirm-deletions'] === true,
        pid: process.pid,
      });
      context.stdout.write(
        json ? `${JSON.stringify(summary, null, 2)}\n` : formatRunSummary(summary, settings.statePath),
      );
      if (summary.stopped !== null && !json) context.stderr.write(`csc-api run: ${summary.stopped}\n`);
      return summary.exitCode;
    } finally {
      store.close();
    }
  } finally {
    lock?.release();
  }
}
