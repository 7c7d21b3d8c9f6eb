// Database settings for `--source postgres|sqlserver`: their shape, the connection strings they may
// be given as, and how they are described. Built by build-database-settings.ts. Runs in Node.
import type { DatabaseKind, TableName } from './sql-dialect.ts';

export type SourceKind = 'file' | DatabaseKind;

export interface DatabaseSettings {
  kind: DatabaseKind;
  table: TableName;
  /** A host name or address; for PostgreSQL also a Unix socket folder. */
  host: string;
  port: number | null;
  /** A SQL Server named instance, for example SQLEXPRESS. */
  instance: string | null;
  database: string | null;
  user: string | null;
  password: string | null;
  /** `password`: a database login (PostgreSQL role or SQL Server SQL login); `ntlm`: a Windows domain account. */
  auth: 'password' | 'ntlm';
  domain: string | null;
  encrypt: boolean;
  trustServerCertificate: boolean;
  timeoutMs: number;
}

/** `name` or `schema.name`, each part a plain identifier, so it can be quoted safely. */
export function parseTableName(text: string): TableName | null {
  const parts = text.split('.');
  const identifier = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
  if (parts.length > 2 || !parts.every((part) => identifier.test(part))) return null;
  return parts.length === 2
    ? { schema: parts[0] as string, name: parts[1] as string }
    : { schema: null, name: parts[0] as string };
}

type Parsed = (Partial<DatabaseSettings> & { integrated?: boolean }) | { problem: string };

/** postgres://user:password@host:port/database?sslmode=require (also postgresql://). */
export function parsePostgresUrl(text: string): Parsed {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'CSC_DB_URL is not a connection URL. Write it as postgres://user@host:5432/database.' };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    return { problem: `CSC_DB_URL must start postgres:// for PostgreSQL; it starts ${url.protocol}//.` };
  const sslmode = url.searchParams.get('sslmode');
  const result: Partial<DatabaseSettings> = {
    host:
      url.searchParams.get('host') ?? (url.hostname === '' ? undefined : decodeURIComponent(url.hostname)),
    port: url.port === '' ? null : Number(url.port),
    database: url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : null,
    user: url.username === '' ? null : decodeURIComponent(url.username),
    password: url.password === '' ? null : decodeURIComponent(url.password),
  };
  if (sslmode !== null) {
    result.encrypt = sslmode !== 'disable';
    // As in libpq: require encrypts without checking the certificate; verify-ca and verify-full check it.
    result.trustServerCertificate = sslmode === 'require' || sslmode === 'prefer' || sslmode === 'allow';
  }
  return result;
}

/**
 * A SQL Server connection string as ADO.NET and ODBC write it:
 * `Server=tcp:host\instance,1433;Database=ssd;User Id=csc_api;Password=…;Encrypt=true;TrustServerCertificate=false`.
 */
export function parseSqlServerConnectionString(text: string): Parsed {
  const entries = splitConnectionString(text);
  if (entries === null || entries.size === 0)
    return {
      problem:
        'CSC_DB_URL is not a SQL Server connection string. Write it as Server=host,1433;Database=name;User Id=login (put the password in CSC_DB_PASSWORD).',
    };
  const get = (...names: string[]) => {
    for (const name of names) {
      const value = entries.get(name);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const result: Partial<DatabaseSettings> & { integrated?: boolean } = {};
  const server = get('server', 'data source', 'address', 'addr', 'network address');
  if (server !== undefined) {
    let rest = server.replace(/^tcp:/i, '');
    const comma = rest.lastIndexOf(',');
    if (comma >= 0) {
      const port = Number(rest.slice(comma + 1));
      if (!Number.isInteger(port) || port < 1 || port > 65_535)
        return { problem: `The port in the connection string's Server "${server}" is not a number.` };
      result.port = port;
      rest = rest.slice(0, comma);
    }
    const slash = rest.indexOf('\\');
    if (slash >= 0) {
      result.instance = rest.slice(slash + 1);
      rest = rest.slice(0, slash);
    }
    result.host = rest === '.' || rest.toLowerCase() === '(local)' ? 'localhost' : rest;
  }
  const database = get('database', 'initial catalog');
  if (database !== undefined) result.database = database;
  const user = get('user id', 'uid', 'user');
  if (user !== undefined) result.user = user;
  const password = get('password', 'pwd');
  if (password !== undefined) result.password = password;
  const encrypt = get('encrypt');
  if (encrypt !== undefined) result.encrypt = /^(true|yes|mandatory|strict)$/i.test(encrypt);
  const trust = get('trustservercertificate', 'trust server certificate');
  if (trust !== undefined) result.trustServerCertificate = /^(true|yes)$/i.test(trust);
  const integrated = get('integrated security', 'trusted_connection');
  if (integrated !== undefined && /^(true|yes|sspi)$/i.test(integrated)) result.integrated = true;
  return result;
}

/** Splits `key=value;` pairs, allowing values in {braces} or quotes to contain semicolons. Keys are lower-cased. */
function splitConnectionString(text: string): Map<string, string> | null {
  const entries = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const equals = text.indexOf('=', index);
    if (equals < 0) {
      if (text.slice(index).trim() === '') break;
      return null;
    }
    const key = text.slice(index, equals).trim().toLowerCase();
    let valueStart = equals + 1;
    while (text[valueStart] === ' ') valueStart += 1;
    const opener = text[valueStart];
    let value: string;
    if (opener === '{' || opener === '"' || opener === "'") {
      const closer = opener === '{' ? '}' : opener;
      const end = text.indexOf(closer, valueStart + 1);
      if (end < 0) return null;
      value = text.slice(valueStart + 1, end);
      const semicolon = text.indexOf(';', end);
      index = semicolon < 0 ? text.length : semicolon + 1;
    } else {
      const semicolon = text.indexOf(';', valueStart);
      value = text.slice(valueStart, semicolon < 0 ? text.length : semicolon).trim();
      index = semicolon < 0 ? text.length : semicolon + 1;
    }
    if (key === '') return null;
    entries.set(key, value);
  }
  return entries;
}

/** Where the settings point, for messages and the doctor's bundle. Never includes the password. */
export function describeDatabase(settings: DatabaseSettings): string {
  const where =
    settings.kind === 'sqlserver' && settings.instance !== null
      ? `${settings.host}\\${settings.instance}`
      : `${settings.host}${settings.port === null ? '' : `:${settings.port}`}`;
  const who =
    settings.auth === 'ntlm' ? `${settings.domain}\\${settings.user}` : (settings.user ?? '(no user)');
  const table =
    settings.table.schema === null ? settings.table.name : `${settings.table.schema}.${settings.table.name}`;
  return `${settings.kind === 'postgres' ? 'PostgreSQL' : 'SQL Server'} ${where}, database ${settings.database}, user ${who}, table ${table}`;
}
