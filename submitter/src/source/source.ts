// Where records come from. The file source is the default; a database source (the SSD staging
// table in PostgreSQL or SQL Server) implements the same interface. Runs in Node.

export interface SourceRecord {
  /** One child record as read (not yet validated). */
  record: unknown;
  /** Where it came from, for messages: `file.json record 3`, `file.ndjson line 12`, a table row key. */
  origin: string;
}

export interface Source {
  /** For logs and messages, for example `file /data/today.json`. Never contains a password. */
  readonly description: string;
  /** Every record in the snapshot, in a stable order. May throw SourceError for unreadable input. */
  records(): AsyncIterable<SourceRecord>;
  close(): Promise<void>;
}
