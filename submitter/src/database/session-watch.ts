// Follows the one database session a run takes its table lock on. The lock belongs to that session, so
// once the session has ended (the server closed it, the network dropped it) the lock has gone too, and
// no statement may run again: not even on a new session a driver's pool would quietly open. Runs in Node.
import type { EventEmitter } from 'node:events';
import { DatabaseError } from '../errors.ts';

/** What a run that lost its table lock says after why. */
export const lockLostAdvice =
  'It stopped before sending anything more; what was confirmed is recorded in the state file. Run csc-api run again to carry on.';

export class SessionWatch {
  readonly #description: string;
  #endedBy: string | null = null;
  #closing = false;

  /** `description` names the database and table, for the message. */
  constructor(description: string) {
    this.#description = description;
  }

  /** Follows a driver's connection: its 'error' or 'end' event means the session is gone. */
  follow(connection: EventEmitter): void {
    connection.on('error', (error: Error) => this.end(error.message));
    connection.on('end', () => this.end('the connection closed'));
  }

  /** Records that the session ended, for a driver error that says so before any event does. */
  end(reason: string): void {
    if (this.#endedBy === null && !this.#closing) this.#endedBy = reason;
  }

  /** Called before csc-api closes the session itself, so that its end is not taken for a loss. */
  closing(): void {
    this.#closing = true;
  }

  /**
   * Runs one statement on the session: not at all once the session has ended. A driver error whose code
   * is one of `endingCodes` says the session has just ended; any other error is explained by `explain`.
   */
  async run<T>(
    statement: () => Promise<T>,
    endingCodes: ReadonlySet<string>,
    explain: (error: unknown) => Error,
  ): Promise<T> {
    this.check();
    try {
      return await statement();
    } catch (error) {
      if (endingCodes.has((error as { code?: string }).code ?? '')) this.end((error as Error).message);
      this.check();
      throw explain(error);
    }
  }

  /** Throws once the session has ended. */
  check(): void {
    if (this.#endedBy === null) return;
    throw new DatabaseError(
      `${this.#description}: the database session ended (${this.#endedBy}), so this run no longer holds the lock on the staging table ` +
        `and another run could now read the same rows. ${lockLostAdvice}`,
      'SESSION_ENDED',
    );
  }
}
