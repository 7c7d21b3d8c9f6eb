// Opens a session with the database the settings name. Runs in Node.
import type { DatabaseConnection } from './database-connection.ts';
import type { DatabaseSettings } from './database-settings.ts';
import { openPostgres } from './postgres-connection.ts';
import { openSqlServer } from './sql-server-connection.ts';

export function openDatabase(settings: DatabaseSettings): Promise<DatabaseConnection> {
  return settings.kind === 'postgres' ? openPostgres(settings) : openSqlServer(settings);
}
