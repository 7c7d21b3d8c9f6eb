// Opens a session with the database the settings name. Each driver is imported only when its database is
// used, so a run from files, or against PostgreSQL, never loads the SQL Server driver. Runs in Node.
import type { DatabaseConnection } from './database-connection.ts';
import type { DatabaseSettings } from './database-settings.ts';

export async function openDatabase(settings: DatabaseSettings): Promise<DatabaseConnection> {
  if (settings.kind === 'postgres') return (await import('./postgres-connection.ts')).openPostgres(settings);
  return (await import('./sql-server-connection.ts')).openSqlServer(settings);
}
