// Sends planned records in batches and records every outcome in state and audit. Splits a batch the
// DfE finds too large (413), and isolates the records a 400 rejects so the rest still go. Runs in Node.
import type { PlannedSend } from 'csc-api-validator/delta';
import type { AuditFolder } from '../audit/audit-folder.ts';
import type { BatchOutcome, DfeClient } from '../client/dfe-client.ts';
import { ApiUnreachableError, RefusedError, UnconfirmedError } from '../errors.ts';
import type { Progress } from '../output/progress.ts';
import type { BatchStatus } from '../state/state-statuses.ts';
import type { StateStore } from '../state/state-store.ts';
import { findRejectedRecords } from './find-rejected-records.ts';
import { sameAnswer } from './same-answer.ts';
import type { RecordOutcome } from './submission-source.ts';

export interface BatchSenderOptions {
  runId: number;
  batchSize: number;
  client: DfeClient;
  store: StateStore;
  audit: AuditFolder;
  now: () => Date;
  progress: Progress;
  /** Called before each planned batch is sent. */
  beforeBatch?: () => Promise<void>;
  /** Called after each planned batch, even one that stops the run, with what the state file recorded for its records. */
  afterBatch?: (outcomes: readonly RecordOutcome[]) => Promise<void>;
}

export interface SendTally {
  confirmed: number;
  failed: number;
  /** Records that were in a request whose outcome was unknown. */
  ambiguous: number;
  requests: number;
}

export function emptyTally(): SendTally {
  return { confirmed: 0, failed: 0, ambiguous: 0, requests: 0 };
}

/** `tally` is filled in as batches go, so a caller still has the counts when a batch stops the run. */
export function sendBatches(
  sends: readonly PlannedSend[],
  options: BatchSenderOptions,
  tally: SendTally = emptyTally(),
): Promise<SendTally> {
  return sendEachBatch(inBatches(sends, options.batchSize), sends.length, options, tally);
}

/** Sends batches as they come (read one at a time from a send queue, say); `total` is how many records they hold. */
export async function sendEachBatch(
  batches: Iterable<readonly PlannedSend[]>,
  total: number,
  options: BatchSenderOptions,
  tally: SendTally = emptyTally(),
): Promise<SendTally> {
  options.progress.update('Sending', 0, total);
  for (const batch of batches) {
    await options.beforeBatch?.();
    const outcomes: RecordOutcome[] = [];
    try {
      await sendOne(batch, options, tally, {
        unknownBefore: false,
        whole: true,
        batchRejection: null,
        outcomes,
      });
    } finally {
      await options.afterBatch?.(outcomes);
    }
    options.progress.update('Sending', tally.confirmed + tally.failed, total);
  }
  options.progress.done();
  return tally;
}

export function* inBatches<T>(items: readonly T[], size: number): Iterable<readonly T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** What the requests before this one, for the same records, mean for it. */
interface SendContext {
  /** An earlier request for these records had an unknown outcome (they are already counted as ambiguous). */
  unknownBefore: boolean;
  /** A batch as planned, not a part of one: a 400 naming no record is first tried on its first record alone. */
  whole: boolean;
  /** The 400 a whole batch got: if this single record gets the same, the records are not the problem. */
  batchRejection: string | null;
  /** Where the outcomes of the planned batch this request belongs to are kept. */
  outcomes: RecordOutcome[];
}

async function sendOne(
  items: readonly PlannedSend[],
  options: BatchSenderOptions,
  tally: SendTally,
  context: SendContext,
): Promise<void> {
  const { store, audit, client, runId } = options;
  const now = () => options.now().toISOString();
  const ids = items.map((item) => item.laChildId);
  const body = `[${items.map((item) => item.payload).join(',')}]`;
  const batchId = store.journal.startBatch(runId, ids, now());
  const countUnknown = (unknown: boolean) => {
    if (unknown && !context.unknownBefore) tally.ambiguous += items.length;
  };
  const markFailed = (error: string, ambiguous: number) => {
    store.ledger.markFailed(ids, error, ambiguous, now());
    for (const laChildId of ids) context.outcomes.push({ laChildId, sent: false, error });
  };
  try {
    const requestFile = audit.writeRequest(batchId, body);
    audit.event('batch-sending', { batch: batchId, records: items.length, request: requestFile });
  } catch (error) {
    // Nothing has left yet: these records were not sent by this batch.
    const message = (error as Error).message;
    store.journal.finishBatch(batchId, {
      status: 'failed',
      httpStatus: null,
      ambiguousAttempts: 0,
      message,
      now: now(),
    });
    markFailed(`Not sent: ${message}`, 0);
    throw error;
  }
  let outcome: BatchOutcome;
  try {
    outcome = await client.postBatch(body, items.length, (exchange) => {
      tally.requests += 1;
      // Answers are saved as they come, but a failed save must not lose the outcome: the batch's
      // result is recorded first, and the failure (kept by the folder) stops the run after that.
      try {
        const file = audit.writeResponse(batchId, exchange.attempt, { url: client.url, ...exchange });
        audit.event('batch-answer', {
          batch: batchId,
          attempt: exchange.attempt,
          status: exchange.status,
          error: exchange.error,
          response: file,
        });
      } catch {
        // Kept by the folder as its failure: acted on once the outcome is recorded.
      }
    });
  } catch (error) {
    // No token: this attempt was not sent, but an earlier attempt of the same batch may have arrived.
    const ambiguousAttempts = (error as { ambiguousAttempts?: number }).ambiguousAttempts ?? 0;
    const message = (error as Error).message;
    store.journal.finishBatch(batchId, {
      status: 'failed',
      httpStatus: null,
      ambiguousAttempts,
      message,
      now: now(),
    });
    markFailed(`${ambiguousAttempts > 0 ? 'Not confirmed' : 'Not sent'}: ${message}`, ambiguousAttempts);
    countUnknown(ambiguousAttempts > 0);
    throw error;
  }
  const { ambiguousAttempts } = outcome;
  countUnknown(ambiguousAttempts > 0 || outcome.kind === 'unconfirmed');
  const finish = (status: BatchStatus, httpStatus: number | null, message: string | null) =>
    store.journal.finishBatch(batchId, { status, httpStatus, ambiguousAttempts, message, now: now() });
  const fail = (message: string, extraAmbiguous = 0) => {
    markFailed(message, ambiguousAttempts + extraAmbiguous);
    tally.failed += items.length;
  };
  const split = (httpStatus: number, message: string) =>
    store.journal.splitBatch(batchId, ids, { httpStatus, ambiguousAttempts, message, now: now() });
  // Parts of this batch carry what its request left unknown.
  const parts: SendContext = {
    unknownBefore: context.unknownBefore || ambiguousAttempts > 0,
    whole: false,
    batchRejection: null,
    outcomes: context.outcomes,
  };
  /** After the outcome is recorded: a failed audit write stops the run, whatever the outcome. */
  const afterRecording = (event: string, data: Record<string, unknown>) => {
    if (audit.failure !== null) throw audit.failure;
    audit.event(event, { batch: batchId, ...data });
  };
  const failedEvent = (reason: string) => afterRecording('records-failed', { children: ids, reason });

  switch (outcome.kind) {
    case 'accepted': {
      const confirmations = items.map((send, index) => ({
        laChildId: send.laChildId,
        receipt: outcome.receipts[index]?.token ?? '',
        send,
      }));
      store.journal.confirmSent(batchId, runId, confirmations, ambiguousAttempts, now());
      for (const { laChildId, receipt, send } of confirmations)
        context.outcomes.push({ laChildId, sent: true, kind: send.kind, receipt });
      tally.confirmed += items.length;
      afterRecording('batch-confirmed', { records: items.length });
      return;
    }
    case 'too-large': {
      if (items.length === 1) {
        const message = `${outcome.message} A single record is over the DfE's size limit.`;
        finish('rejected', 413, outcome.message);
        fail(message);
        failedEvent(message);
        return;
      }
      split(413, outcome.message);
      afterRecording('batch-split', { reason: 'too large' });
      await sendHalves(items, options, tally, parts);
      return;
    }
    case 'rejected': {
      if (items.length === 1) {
        finish('rejected', outcome.status, outcome.message);
        fail(outcome.message);
        failedEvent(outcome.message);
        if (context.batchRejection !== null && sameAnswer(context.batchRejection, outcome.message)) {
          throw new RefusedError(
            `The DfE refused a whole batch and then its first record alone (${ids[0]}) with the same answer, naming no record, so the problem is most likely not in the records (a wrong schema version or endpoint, say) and the run stopped rather than send every record alone. ${outcome.message}`,
          );
        }
        return;
      }
      split(outcome.status, outcome.message);
      afterRecording('batch-split', { reason: 'rejected; isolating the failing records' });
      const named = findRejectedRecords(outcome.message, items.length);
      if (named.length > 0 && named.length < items.length) {
        // Send the records the answer did not name together, and each named one alone for its own message.
        const namedSet = new Set(named);
        await sendOne(
          items.filter((_, index) => !namedSet.has(index)),
          options,
          tally,
          parts,
        );
        for (const index of named) await sendOne([items[index] as PlannedSend], options, tally, parts);
        return;
      }
      if (named.length === 0 && context.whole) {
        // An answer naming no record may not be about the records at all: one record alone tells.
        await sendOne(items.slice(0, 1), options, tally, { ...parts, batchRejection: outcome.message });
        await sendHalves(items.slice(1), options, tally, parts);
        return;
      }
      await sendHalves(items, options, tally, parts);
      return;
    }
    case 'unconfirmed':
      finish('unconfirmed', outcome.status, outcome.message);
      // The DfE answered as if it stored the records, so a later resend may duplicate them: count it.
      fail(`${outcome.message} The records will be sent again on the next run.`, 1);
      failedEvent(outcome.message);
      // If the answers have changed shape, every further batch would end the same way: stop at one.
      throw new UnconfirmedError(
        `${outcome.message} The run stopped so that no more records are sent without receipts. If this keeps happening, the DfE may have changed its answer: check the response files in the audit folder.`,
      );
    case 'forbidden':
    case 'unauthorised':
      finish('failed', outcome.kind === 'forbidden' ? 403 : 401, outcome.message);
      fail(outcome.message);
      failedEvent(outcome.message);
      throw new RefusedError(outcome.message);
    case 'gave-up':
      finish('failed', outcome.status, outcome.message);
      fail(outcome.message);
      failedEvent(outcome.message);
      throw new ApiUnreachableError(outcome.message);
    case 'unexpected':
      finish('failed', outcome.status, outcome.message);
      fail(outcome.message);
      failedEvent(outcome.message);
      throw new RefusedError(
        `${outcome.message} ${outcome.status === 404 ? 'Check API_ENDPOINT and LA_CODE.' : 'The run stopped so the records are not sent into an unknown state.'}`,
      );
    case 'redirected':
      // Every further batch would meet the same redirect: stop, with what it pointed to.
      finish('failed', outcome.status, outcome.message);
      fail(outcome.message);
      failedEvent(outcome.message);
      throw new RefusedError(outcome.message);
  }
}

async function sendHalves(
  items: readonly PlannedSend[],
  options: BatchSenderOptions,
  tally: SendTally,
  context: SendContext,
): Promise<void> {
  if (items.length === 0) return;
  const half = Math.ceil(items.length / 2);
  await sendOne(items.slice(0, half), options, tally, context);
  if (half < items.length) await sendOne(items.slice(half), options, tally, context);
}
