// `csc-api status`: what the state file says: counts by status, the last runs, and per child. Runs in Node.
import { existsSync } from 'node:fs';
import type { Command } from '../../command.ts';
import { loadSettings } from '../../config/load-settings.ts';
import { settingOptions } from '../../config/settings-options.ts';
import { settingsUsage } from '../../config/settings-usage.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';
import { maskTokenLike } from '../../redact/mask-token-like.ts';
import { Redactor } from '../../redact/redactor.ts';
import { StateStore } from '../../state/state-store.ts';

export const statusCommand: Command = {
  usage: `Usage: csc-api status [--state FILE] [--json] [--records] [--runs N]

  --records        one entry per child: la_child_id, status, receipt, error, rule ids (for a sent
                   child, the data-quality errors the DfE accepted with it)
  --runs N         how many recent runs to show (default 5)
  --json           print JSON

Statuses: pending (planned, not yet sent), sending (in a request), sent (the DfE gave a receipt),
deleted (a deletion the DfE gave a receipt for), failed (not sent; see the error),
invalid (not sent: the DfE API would reject the record, or CSC_HOLD_ON=data-quality holds its
data-quality errors; see the rule ids).

${settingsUsage('status')}
`,
  options: {
    ...settingOptions('status'),
    records: { type: 'boolean' },
    runs: { type: 'string' },
  },
  async run(args, context) {
    // Messages stored by a run may quote what the API echoed: the reader masks every secret this machine knows.
    const redactor = context.redactor ?? new Redactor();
    const { statePath } = loadSettings(
      { flags: args.values, env: context.env, cwd: context.cwd, redactor },
      'status',
      { credentials: false, laCode: false, input: false, database: false },
    ).settings;
    const shown = (text: string | null) => (text === null ? null : redactor.redact(maskTokenLike(text)));
    if (!existsSync(statePath)) {
      throw new UsageError(
        `there is no state file at ${statePath}. Give its path with --state or CSC_STATE; it is made by the first run.`,
      );
    }
    const runsWanted = Number(args.values.runs ?? 5);
    if (!Number.isInteger(runsWanted) || runsWanted < 0)
      throw new UsageError('--runs must be a whole number.');
    const store = StateStore.open(statePath);
    try {
      const counts = store.status.statusCounts();
      const runs = store.status.lastRuns(runsWanted).map((run) => ({ ...run, message: shown(run.message) }));
      const records =
        args.values.records === true
          ? store.status.children().map((child) => ({
              la_child_id: child.la_child_id,
              status: child.status,
              receipt: child.receipt,
              error: shown(child.last_error),
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
          // For a sent child, the rule ids are the data-quality errors the DfE accepted with it.
          const dataQuality =
            record.status === 'sent' && record.rules.length > 0
              ? `\n      sent with data-quality errors: ${record.rules.join(', ')}`
              : '';
          lines.push(
            `  ${record.la_child_id}  ${record.status}${record.receipt ? `  ${record.receipt}` : ''}${record.error ? `\n      ${record.error}` : ''}${dataQuality}`,
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
