// The SSD staging table (PostgreSQL or SQL Server) as a source of the submission pipeline: a real run holds
// the table's run lock, reads the rows to send and plans them (plan-database-sends.ts), and writes every
// outcome back to its row, batch by batch. The local state file stays the run's journal (runs, batches,
// receipts), so a killed run resumes exactly as with files. Runs in Node.
import { DatabaseError, TableBusyError } from '../errors.ts';
import { inBatches } from '../pipeline/send-batches.ts';
import type { Planning, RecordOutcome, SourcePlan, SubmissionSource } from '../pipeline/submission-source.ts';
import { type DatabasePlan, type EarlierReceipt, planDatabaseSends } from './plan-database-sends.ts';
import type { StagingTable } from './staging-table.ts';

export function tableSource(table: StagingTable): SubmissionSource {
  return {
    description: table.connection.description,
    async hold() {
      if (!(await table.tryLock())) throw new TableBusyError(table.name);
      return () => table.unlock().catch(() => {});
    },
    async plan(planning) {
      return tablePlan(table, await planFromTable(table, planning), planning.now);
    },
  };
}

async function planFromTable(
  table: StagingTable,
  { store, settings, check }: Planning,
): Promise<DatabasePlan> {
  const rows = await table.rowsToSend();
  const receipts = new Map<string, EarlierReceipt>();
  for (const child of store.status.children()) {
    if (child.status === 'sent' && child.receipt !== null)
      receipts.set(child.la_child_id, { receipt: child.receipt, sentAt: child.sent_at });
  }
  return planDatabaseSends({
    rows,
    check,
    mode: settings.mode,
    partial: settings.partial,
    ignored: new Set(settings.ignoreFields),
    known: store.ledger.knownChildren(),
    receipts,
  });
}

function tablePlan(table: StagingTable, plan: DatabasePlan, now: () => Date): SourcePlan {
  const counts = { unchanged: plan.held.length, full: 0, partial: 0, delete: 0 };
  for (const send of plan.sends) counts[send.kind] += 1;
  return {
    recordsRead: plan.rowsRead,
    withheld: plan.rejected.length,
    counts,
    invalid: plan.rejected.flatMap((item) =>
      item.laChildId === null
        ? []
        : [{ laChildId: item.laChildId, error: item.error.error, rules: item.error.rules ?? [] }],
    ),
    dataQuality: plan.dataQuality,
    fullFallbacks: plan.fullFallbacks,
    deletions: {
      count: counts.delete,
      held: async () => (await table.countHeld()) + plan.heldUncounted,
      gone: `are marked deleted in ${table.name}`,
      cutShort: 'the SQL that fills the table',
      toCheck: 'the table',
    },
    details: { rejected: plan.rejected.length },
    sends: () => plan.sends,
    batches: (size) => inBatches(plan.sends, size),
    unchanged: () => plan.held.map((item) => item.laChildId),
    // The children whose rows passed the gate: those sent or to be sent, and those the DfE already holds.
    passedGate: () => [
      ...plan.sends.filter((send) => send.kind !== 'delete').map((send) => send.laChildId),
      ...plan.held.map((item) => item.laChildId),
    ],
    logWithheld(audit) {
      for (const item of plan.rejected)
        audit.event('record-invalid', { row: item.row.personId, child: item.laChildId, ...item.error });
    },
    async afterPlan(audit) {
      for (const item of plan.rejected) await table.markError(item.row, item.error, now());
      for (const item of plan.held) {
        audit.event('record-held', { row: item.row.personId, child: item.laChildId, why: item.why });
        if (item.why === 'unrecorded')
          await table.markSent(item.row, item.receipt, item.sentAt === null ? now() : new Date(item.sentAt));
        else await table.markHeld(item.row, item.receipt);
      }
    },
    beforeBatch: () => table.checkLock(),
    async afterBatch({ outcomes, stop }) {
      // After the database itself failed, writing to it again would fail too.
      if (stop?.error instanceof DatabaseError) return;
      await writeBack(table, plan, outcomes, now);
    },
  };
}

/** Writes each send's outcome to its row: sent only with a receipt, otherwise error with the reason. */
async function writeBack(
  table: StagingTable,
  plan: DatabasePlan,
  outcomes: readonly RecordOutcome[],
  now: () => Date,
): Promise<void> {
  const at = now();
  // The last outcome of each child counts.
  const latest = new Map(outcomes.map((outcome) => [outcome.laChildId, outcome]));
  // One transaction per batch: one commit (and one disk flush) instead of one per row.
  await table.connection.transaction(async () => {
    for (const outcome of latest.values()) {
      const row = plan.rowOf.get(outcome.laChildId);
      if (row === undefined) continue;
      if (outcome.sent && outcome.receipt.trim() !== '') {
        if (outcome.kind === 'delete') await table.markDeleted(row, outcome.receipt, at);
        else await table.markSent(row, outcome.receipt, at);
      } else {
        const error = outcome.sent
          ? 'The DfE accepted the request but gave no receipt for this record.'
          : outcome.error;
        await table.markError(row, { error }, at);
      }
    }
  });
}
