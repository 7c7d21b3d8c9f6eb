// The submitter's memory between runs, in a local SQLite file that needs no server: the run journal
// (runs and batches), the per-child ledger (what was last sent for each child, with its receipt), the
// recovery of interrupted runs and the status queries, all over one connection. Runs in Node.
import { ChildLedger } from './child-ledger.ts';
import { RunJournal } from './run-journal.ts';
import { RunRecovery } from './run-recovery.ts';
import { SendQueue } from './send-queue.ts';
import { StateConnection } from './state-connection.ts';
import { StatusQueries } from './status-queries.ts';

export class StateStore {
  readonly journal: RunJournal;
  readonly ledger: ChildLedger;
  readonly recovery: RunRecovery;
  readonly status: StatusQueries;
  readonly #connection: StateConnection;

  private constructor(connection: StateConnection) {
    this.#connection = connection;
    this.ledger = new ChildLedger(connection);
    this.recovery = new RunRecovery(connection);
    this.journal = new RunJournal(connection, this.ledger, this.recovery);
    this.status = new StatusQueries(connection);
  }

  /** Opens (creating when needed) the state file; `:memory:` gives a throwaway store for dry runs. */
  static open(path: string): StateStore {
    return new StateStore(StateConnection.open(path));
  }

  close(): void {
    this.#connection.close();
  }

  meta(key: string): string | null {
    const row = this.#connection.statement('SELECT value FROM meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.#connection
      .statement(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  /** An empty send queue for this run's plan, in temporary tables of this connection (see send-queue.ts). */
  sendQueue(): SendQueue {
    return new SendQueue(this.#connection);
  }
}
