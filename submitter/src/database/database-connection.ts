// One session with the LA's database, the same shape for PostgreSQL and SQL Server. A single session
// (not a pool) because the run lock belongs to the session that took it. Runs in Node.
import { ExitCode } from '../exit-codes.ts';
import type { SqlDialect } from './sql-dialect.ts';

export type SqlValue = string | number | boolean | Date | Buffer | null;

export type Row = Record<string, unknown>;

export interface DatabaseConnection {
  readonly dialect: SqlDialect;
  /** For messages: host, database and user; never a password. */
  readonly description: string;
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement and returns how many rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database could not be reached or refused a statement; the message says what to check. */
export class DatabaseError extends Error {
  readonly code: string | null;
  /** `unreachable` for network trouble and timeouts; `usage` for what settings or grants can fix. */
  readonly exitCode: ExitCode;
  constructor(message: string, code: string | null = null, exitCode: ExitCode = ExitCode.unreachable) {
    super(message);
    this.name = 'DatabaseError';
    this.code = code;
    this.exitCode = exitCode;
  }
}
