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
