// `csc-api status`: what the state file says: counts by status, the last runs, and per child. Runs in Node.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, UserError } from '../../command.ts';
import { defaults } from '../../config/settings.ts';
import { ExitCode } from '../../exit-codes.ts';
import { StateStore } from '../../state/state-store.ts';

export const statusCommand: Command = {
  name: 'status',
  summary: 'show pending, sent and failed records and the last runs',
  usage: `Usage: csc-api status [--state FILE] [--json] [--records] [--runs N]

  --state FILE     CSC_STATE   the state file (default csc-api-state.sqlite)
  --records        one entry per child: la_child_id, status, receipt, error
  --runs N         how many recent runs to show (default 5)
  --json           print JSON

Statuses: pending (planned, not yet sent), sending (in a request), sent (the DfE gave a receipt),
deleted (a deletion the DfE gave a receipt for), failed (not sent; see the error),
invalid (not sent because the record has errors; see the rule ids).
`,
  options: {
    state: { type: 'string' },
    json: { type: 'boolean' },
    records: { type: 'boolean' },
    runs: { type: 'string' },
  },
  async run(args, context) {
    const stateFlag = args.values.state;
    const statePath = resolve(
      context.cwd,
      typeof stateFlag === 'string' ? stateFlag : (context.env.CSC_STATE ?? defaults.statePath),
    );
    if (!existsSync(statePath)) {
      throw new UserError(
        `there is no state file at ${statePath}. Give its path with --state or CSC_STATE; it is made by the first run.`,
        ExitCode.usage,
      );
    }
    const runsWanted = Number(args.values.runs ?? 5);
    if (!Number.isInteger(runsWanted) || runsWanted < 0)
      throw new UserError('--runs must be a whole number.', ExitCode.usage);
    const store = StateStore.open(statePath);
    try {
      const counts = store.statusCounts();
      const runs = store.lastRuns(runsWanted);
      const records =
        args.values.records === true
          ? store.children().map((child) => ({
              la_child_id: child.la_child_id,
              status: child.status,
              receipt: child.receipt,
              error: child.last_error,
              rules: child.error_rules === null ? [] : (JSON.parse(child.error_rules) as string[]),
              sent_at: child.sent_at,
              possibly_duplicated: child.ambiguous_sends > 0,
              updated_at: child.updated_at,
            }))
          : undefined;
      if (args.values.json === true) {
        context.stdout.write(
          `${JSON.stringify({ stateFile: statePath, counts, runs, ...(records ? { records } : {}) }, null, 2)}\n`,
        );
        return ExitCode.ok;
      }
      const lines = [
        `State file: ${statePath}`,
        `Children: ${counts.sent} sent, ${counts.deleted} deleted, ${counts.failed} failed, ${counts.invalid} with errors, ${counts.pending + counts.sending} pending`,
        '',
        runs.length === 0 ? 'No runs yet.' : 'Last runs:',
        ...runs.map(
          (run) =>
            `  Run ${run.id}  ${run.started_at}  ${run.status.padEnd(11)} ${run.mode}${run.partial ? ' partial' : ''}: ` +
            `${run.records_read} read, ${run.sent} sent, ${run.deleted} deleted, ${run.failed} failed, ${run.invalid} with errors` +
            (run.message ? `\n      ${run.message}` : ''),
        ),
      ];
      if (records) {
        lines.push('', 'Children:');
        for (const record of records) {
          lines.push(
            `  ${record.la_child_id}  ${record.status}${record.receipt ? `  ${record.receipt}` : ''}${record.error ? `\n      ${record.error}` : ''}`,
          );
        }
      }
      context.stdout.write(`${lines.join('\n')}\n`);
      return ExitCode.ok;
    } finally {
      store.close();
    }
  },
};
