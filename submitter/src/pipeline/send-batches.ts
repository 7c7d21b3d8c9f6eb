// Sends planned records in batches and records every outcome in state and audit. Splits a batch the
// DfE finds too large (413), and isolates the records a 400 rejects so the rest still go. Runs in Node.
import type { AuditFolder } from '../audit/audit-folder.ts';
import type { BatchOutcome, DfeClient } from '../client/dfe-client.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Progress } from '../output/progress.ts';
import type { PlannedSend, StateStore } from '../state/state-store.ts';
import { findRejectedRecords } from './find-rejected-records.ts';
import { StopRun } from './stop-run.ts';

export interface BatchSenderOptions {
  runId: number;
  batchSize: number;
  client: DfeClient;
  store: StateStore;
  audit: AuditFolder;
  now: () => Date;
  progress: Progress;
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
export async function sendBatches(
  sends: readonly PlannedSend[],
  options: BatchSenderOptions,
  tally: SendTally = emptyTally(),
): Promise<SendTally> {
  const total = sends.length;
  options.progress.update('Sending', 0, total);
  for (let start = 0; start < sends.length; start += options.batchSize) {
    await sendOne(sends.slice(start, start + options.batchSize), options, tally);
    options.progress.update('Sending', tally.confirmed + tally.failed, total);
  }
  options.progress.done();
  return tally;
}

async function sendOne(
  items: readonly PlannedSend[],
  options: BatchSenderOptions,
  tally: SendTally,
): Promise<void> {
  const { store, audit, client, runId } = options;
  const now = () => options.now().toISOString();
  const ids = items.map((item) => item.laChildId);
  const body = `[${items.map((item) => item.payload).join(',')}]`;
  const batchId = store.startBatch(runId, ids, now());
  const requestFile = audit.writeRequest(batchId, body);
  audit.event('batch-sending', { batch: batchId, records: items.length, request: requestFile });
  let outcome: BatchOutcome;
  try {
    outcome = await client.postBatch(body, items.length, (exchange) => {
      tally.requests += 1;
      const file = audit.writeResponse(batchId, exchange.attempt, { url: client.url, ...exchange });
      audit.event('batch-answer', {
        batch: batchId,
        attempt: exchange.attempt,
        status: exchange.status,
        error: exchange.error,
        response: file,
      });
    });
  } catch (error) {
    // No token: this attempt was not sent, but an earlier attempt of the same batch may have arrived.
    const ambiguousAttempts = (error as { ambiguousAttempts?: number }).ambiguousAttempts ?? 0;
    const message = (error as Error).message;
    store.finishBatch(batchId, {
      status: 'failed',
      httpStatus: null,
      ambiguousAttempts,
      message,
      now: now(),
    });
    if (ambiguousAttempts > 0) {
      store.markFailed(ids, `Not confirmed: ${message}`, ambiguousAttempts, now());
      tally.ambiguous += items.length;
    }
    throw error;
  }
  if (outcome.ambiguousAttempts > 0) tally.ambiguous += items.length;
  const finish = (status: string, httpStatus: number | null, message: string | null) =>
    store.finishBatch(batchId, {
      status,
      httpStatus,
      ambiguousAttempts: outcome.ambiguousAttempts,
      message,
      now: now(),
    });
  const fail = (message: string, extraAmbiguous = 0) => {
    store.markFailed(ids, message, outcome.ambiguousAttempts + extraAmbiguous, now());
    tally.failed += items.length;
    audit.event('records-failed', { batch: batchId, children: ids, reason: message });
  };

  switch (outcome.kind) {
    case 'accepted': {
      const confirmations = items.map((send, index) => ({
        laChildId: send.laChildId,
        receipt: outcome.receipts[index]?.token ?? '',
        send,
      }));
      store.confirmSent(batchId, runId, confirmations, outcome.ambiguousAttempts, now());
      tally.confirmed += items.length;
      audit.event('batch-confirmed', { batch: batchId, records: items.length });
      return;
    }
    case 'too-large': {
      finish('split', 413, outcome.message);
      if (items.length === 1) {
        fail(`${outcome.message} A single record is over the DfE's size limit.`);
        return;
      }
      audit.event('batch-split', { batch: batchId, reason: 'too large' });
      const half = Math.ceil(items.length / 2);
      await sendOne(items.slice(0, half), options, tally);
      await sendOne(items.slice(half), options, tally);
      return;
    }
    case 'rejected': {
      if (items.length === 1) {
        finish('rejected', outcome.status, outcome.message);
        fail(outcome.message);
        return;
      }
      finish('split', outcome.status, outcome.message);
      audit.event('batch-split', { batch: batchId, reason: 'rejected; isolating the failing records' });
      const named = findRejectedRecords(outcome.message, items.length);
      if (named.length > 0 && named.length < items.length) {
        // Send the records the answer did not name together, and each named one alone for its own message.
        const namedSet = new Set(named);
        await sendOne(
          items.filter((_, index) => !namedSet.has(index)),
          options,
          tally,
        );
        for (const index of named) await sendOne([items[index] as PlannedSend], options, tally);
        return;
      }
      const half = Math.ceil(items.length / 2);
      await sendOne(items.slice(0, half), options, tally);
      await sendOne(items.slice(half), options, tally);
      return;
    }
    case 'unconfirmed':
      finish('unconfirmed', outcome.status, outcome.message);
      // The DfE answered as if it stored the records, so a later resend may duplicate them: count it.
      fail(`${outcome.message} The records will be sent again on the next run.`, 1);
      tally.ambiguous += outcome.ambiguousAttempts > 0 ? 0 : items.length;
      // If the answers have changed shape, every further batch would end the same way: stop at one.
      throw new StopRun(
        `${outcome.message} The run stopped so that no more records are sent without receipts. If this keeps happening, the DfE may have changed its answer: check the response files in the audit folder.`,
        ExitCode.failures,
      );
    case 'forbidden':
    case 'unauthorised':
      finish('failed', outcome.kind === 'forbidden' ? 403 : 401, outcome.message);
      fail(outcome.message);
      throw new StopRun(outcome.message, ExitCode.usage);
    case 'gave-up':
      finish('failed', outcome.status, outcome.message);
      fail(outcome.message);
      throw new StopRun(outcome.message, ExitCode.unreachable);
    case 'unexpected':
      finish('failed', outcome.status, outcome.message);
      fail(outcome.message);
      throw new StopRun(
        `${outcome.message} ${outcome.status === 404 ? 'Check API_ENDPOINT and LA_CODE.' : 'The run stopped so the records are not sent into an unknown state.'}`,
        ExitCode.usage,
      );
    case 'redirected':
      // Every further batch would meet the same redirect: stop, with what it pointed to.
      finish('failed', outcome.status, outcome.message);
      fail(outcome.message);
      throw new StopRun(outcome.message, ExitCode.usage);
  }
}
