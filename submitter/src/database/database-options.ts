// The flags that choose and reach a database source, shared by run, doctor and init-db. Runs in Node.
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The password has no flag: command lines can be seen by other users of the server. */
export const databaseOptions = {
  source: { type: 'string' },
  'db-url': { type: 'string' },
  'db-host': { type: 'string' },
  'db-port': { type: 'string' },
  'db-instance': { type: 'string' },
  'db-name': { type: 'string' },
  'db-user': { type: 'string' },
  'db-auth': { type: 'string' },
  'db-domain': { type: 'string' },
  'db-encrypt': { type: 'string' },
  'db-trust-server-certificate': { type: 'string' },
  'db-timeout': { type: 'string' },
  table: { type: 'string' },
} satisfies Options;

export const databaseUsage = `Reading from the SSD staging table instead of files (flag, or environment variable / .env line):
  --source file|postgres|sqlserver  CSC_SOURCE  where records come from (default file)
  --db-url TEXT                CSC_DB_URL        postgres://user@host:5432/db, or for SQL Server
                                                 Server=host,1433;Database=db;User Id=login
  --db-host HOST               CSC_DB_HOST       database server (default localhost)
  --db-port N                  CSC_DB_PORT       port (default 5432 or 1433)
  --db-instance NAME           CSC_DB_INSTANCE   SQL Server named instance, for example SQLEXPRESS
  --db-name NAME               CSC_DB_NAME       database that holds the staging table
  --db-user NAME               CSC_DB_USER       login; DOMAIN\\user for a Windows account
                               CSC_DB_PASSWORD   password (environment or .env only)
  --db-auth sql|ntlm           CSC_DB_AUTH       SQL Server: a SQL login (default) or a Windows
                                                 domain account by NTLM (needs CSC_DB_DOMAIN)
  --db-domain NAME             CSC_DB_DOMAIN     Windows domain for --db-auth ntlm
  --db-encrypt true|false      CSC_DB_ENCRYPT    use TLS (default: true for SQL Server, false for PostgreSQL)
  --db-trust-server-certificate true|false  CSC_DB_TRUST_SERVER_CERTIFICATE  skip checking the
                                                 server's certificate (default false)
  --db-timeout SECONDS         CSC_DB_TIMEOUT    connection and statement timeout (default 30)
  --table NAME                 CSC_DB_TABLE      staging table, optionally schema.name
                                                 (default ssd_api_data_staging)`;
