// `csc-api status`: what the state file says: counts by status, the last runs, and per child. Runs in Node.
import { existsSync } from 'node:fs';
import type { Command } from '../../command.ts';
import { settingOptions } from '../../config/settings-options.ts';
import { settingsUsage } from '../../config/settings-usage.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';
import { maskTokenLike } from '../../redact/mask-token-like.ts';
import { StateStore } from '../../state/state-store.ts';
import { commandSettings } from '../command-settings.ts';
import { type StatusReport, statusReport } from './status-report.ts';

export const statusCommand: Command = {
  usage: `Usage: csc-api status [--state FILE] [--json] [--records] [--runs N]

  --records        one entry per child: la_child_id, status, receipt, error, rule ids (for a sent
                   child, the data-quality errors the DfE accepted with it)
  --runs N         how many recent runs to show (default 5)
  --json           print JSON in a stable, versioned shape (schemaVersion) for scripts and monitoring;
                   its JSON Schema is on the docs page "csc-api status --json"

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
    const { settings, redactor } = commandSettings(args, context, 'status', {});
    const { statePath } = settings;
    if (!existsSync(statePath)) {
      throw new UsageError(
        `there is no state file at ${statePath}. Give its path with --state or CSC_STATE; it is made by the first run.`,
      );
    }
    const runsWanted = Number(args.values.runs ?? 5);
    if (!Number.isInteger(runsWanted) || runsWanted < 0)
      throw new UsageError('--runs must be a whole number.');
    const store = StateStore.open(statePath);
    let report: StatusReport;
    try {
      report = statusReport(store.status, {
        stateFile: statePath,
        runs: runsWanted,
        records: args.values.records === true,
        // Messages stored by a run may quote what the API echoed: the reader masks every secret this machine knows.
        shown: (text) => redactor.redact(maskTokenLike(text)),
      });
    } finally {
      store.close();
    }
    context.stdout.write(
      args.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : statusText(report),
    );
    return ExitCode.ok;
  },
};

function statusText(report: StatusReport): string {
  const { counts, runs, records } = report;
  const lines = [
    `State file: ${report.stateFile}`,
    `Children: ${counts.sent} sent, ${counts.deleted} deleted, ${counts.failed} failed, ${counts.invalid} with errors, ${counts.pending + counts.sending} pending`,
    '',
    runs.length === 0 ? 'No runs yet.' : 'Last runs:',
    ...runs.map(
      (run) =>
        `  Run ${run.id}  ${run.startedAt}  ${run.status.padEnd(11)} ${run.mode}${run.partial ? ' partial' : ''}: ` +
        `${run.counts.recordsRead} read, ${run.counts.sent} sent, ${run.counts.deleted} deleted, ${run.counts.failed} failed, ${run.counts.invalid} with errors` +
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
        `  ${record.laChildId}  ${record.status}${record.receipt ? `  ${record.receipt}` : ''}${record.error ? `\n      ${record.error}` : ''}${dataQuality}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
