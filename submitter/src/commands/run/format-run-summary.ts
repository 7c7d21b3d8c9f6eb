// The human-readable summary printed at the end of `csc-api run`. Runs anywhere.
import type { RunSummary } from '../../pipeline/run-lifecycle.ts';

export function formatRunSummary(summary: RunSummary, statePath: string): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  const planned = summary.planned.full + summary.planned.partial + summary.planned.delete;
  const lines = [
    summary.dryRun
      ? 'Dry run: nothing was sent and the state file was not changed.'
      : `Run ${summary.runId} (${summary.mode} mode${summary.partial ? ', partial records' : ''})`,
    `  Records read:         ${n(summary.recordsRead)}`,
    `  Withheld:             ${n(summary.invalid)} (${summary.holdOn === 'rejected' ? 'the DfE API would reject them' : 'the DfE API would reject them, or they have data-quality errors'})`,
    `  Unchanged:            ${n(summary.unchanged)} (not sent)`,
    `  To send:              ${n(planned)} (${n(summary.planned.full)} full, ${n(summary.planned.partial)} partial, ${n(summary.planned.delete)} deletions)`,
  ];
  if (!summary.dryRun) {
    lines.push(
      `  Sent with receipt:    ${n(summary.sent)}`,
      `  Sent with data-quality errors: ${n(summary.sentWithDataQualityErrors)} (the DfE accepted them; fix them at source)`,
      `  Deleted with receipt: ${n(summary.deleted)}`,
      `  Failed:               ${n(summary.failed)}`,
    );
    if (summary.ambiguous > 0) {
      lines.push(
        `  Possibly duplicated:  ${n(summary.ambiguous)} (a request's outcome was unknown, so it was sent again)`,
      );
    }
    if (summary.resumedRuns.length > 0)
      lines.push(`  Resumed after run ${summary.resumedRuns.join(', ')} was interrupted.`);
    lines.push(`  State file:           ${statePath}`);
  }
  lines.push(`  Audit folder:         ${summary.auditFolder}`);
  if (summary.invalid + summary.failed + summary.sentWithDataQualityErrors > 0)
    lines.push('Run `csc-api status --records` to see each child’s status, errors and rule ids.');
  return `${lines.join('\n')}\n`;
}
