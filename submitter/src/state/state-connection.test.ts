import { describe, expect, it } from 'vitest';
import { StateConnection } from './state-connection.ts';

const setMeta = (connection: StateConnection, key: string) =>
  connection.statement('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, 'x');
const keys = (connection: StateConnection) =>
  Array.from(connection.rows<{ key: string }>('SELECT key FROM meta ORDER BY key'), (row) => row.key);

describe('StateConnection transactions', () => {
  it('lets work inside a transaction join it, so both parts commit or roll back together', () => {
    const connection = StateConnection.open(':memory:');
    expect(() =>
      connection.transaction(() => {
        setMeta(connection, 'outer');
        connection.transaction(() => setMeta(connection, 'inner'));
        throw new Error('after the inner part');
      }),
    ).toThrow('after the inner part');
    expect(keys(connection)).toEqual(['schema_version']);

    connection.transaction(() => {
      setMeta(connection, 'outer');
      connection.transaction(() => setMeta(connection, 'inner'));
    });
    expect(keys(connection)).toEqual(['inner', 'outer', 'schema_version']);
    // The connection is out of its transaction: a new one can begin.
    connection.transaction(() => setMeta(connection, 'later'), 'IMMEDIATE');
    expect(keys(connection)).toContain('later');
    connection.close();
  });
});
