// Database settings for `--source postgres|sqlserver`: a connection string or its parts, the table,
// and how to log in. Read from flags, the environment and .env (flags win), checked all at once.
// Runs in Node.
import { resolve } from 'node:path';
import { readDotenv } from '../config/read-dotenv.ts';
import { UsageError } from '../errors.ts';
import type { Redactor } from '../redact/redactor.ts';
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

export const defaultTable = 'ssd_api_data_staging';

type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

interface Sources {
  flags: FlagValues;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

const docsHint =
  'See the csc-api README, "Reading from a database", or the PostgreSQL and SQL Server pages of the documentation.';

function valueReader({ flags, env, cwd }: Sources) {
  const envFileFlag = typeof flags['env-file'] === 'string' ? flags['env-file'] : undefined;
  const fileValues = readDotenv(resolve(cwd, envFileFlag ?? '.env')) ?? {};
  return (flag: string | null, name: string): string | undefined => {
    const fromFlag = flag === null ? undefined : flags[flag];
    const value = typeof fromFlag === 'string' ? fromFlag : (env[name] ?? fileValues[name]);
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
  };
}

/** Which source a command reads: `--source` or CSC_SOURCE; files unless a database is named. */
export function readSourceKind(sources: Sources): SourceKind {
  const raw = valueReader(sources)('source', 'CSC_SOURCE')?.toLowerCase();
  if (raw === undefined || raw === 'file' || raw === 'files') return 'file';
  if (raw === 'postgres' || raw === 'postgresql' || raw === 'pg') return 'postgres';
  if (raw === 'sqlserver' || raw === 'sql-server' || raw === 'mssql') return 'sqlserver';
  throw new UsageError(
    `CSC_SOURCE (--source) must be "file", "postgres" or "sqlserver"; it is "${raw}". ${docsHint}`,
  );
}

export function loadDatabaseSettings(
  sources: Sources & { redactor: Redactor },
  kind: DatabaseKind,
): DatabaseSettings {
  const pick = valueReader(sources);
  const problems: string[] = [];
  const password = pick(null, 'CSC_DB_PASSWORD');
  sources.redactor.add('CSC_DB_PASSWORD', password);

  const urlFlag = sources.flags['db-url'];
  const url = pick('db-url', 'CSC_DB_URL');
  let fromUrl: Partial<DatabaseSettings> & { integrated?: boolean } = {};
  if (url !== undefined) {
    const parsed = kind === 'postgres' ? parsePostgresUrl(url) : parseSqlServerConnectionString(url);
    if ('problem' in parsed) problems.push(parsed.problem);
    else {
      fromUrl = parsed;
      sources.redactor.add('CSC_DB_PASSWORD', parsed.password ?? undefined);
      if (typeof urlFlag === 'string' && parsed.password) {
        problems.push(
          'The --db-url flag holds a password. Command lines can be seen by other users of the server: put the password in CSC_DB_PASSWORD (environment or .env) instead.',
        );
      }
    }
  }

  let user = pick('db-user', 'CSC_DB_USER') ?? fromUrl.user ?? null;
  let domain = pick('db-domain', 'CSC_DB_DOMAIN') ?? fromUrl.domain ?? null;
  // DOMAIN\user is how Windows accounts are usually written.
  if (user?.includes('\\')) {
    const [domainPart, userPart] = user.split('\\', 2) as [string, string];
    domain ??= domainPart;
    user = userPart;
  }
  const rawAuth = pick('db-auth', 'CSC_DB_AUTH')?.toLowerCase();
  let auth: DatabaseSettings['auth'] = domain !== null && kind === 'sqlserver' ? 'ntlm' : 'password';
  if (rawAuth === 'integrated' || rawAuth === 'windows' || fromUrl.integrated === true) {
    problems.push(
      'Windows integrated authentication (the logged-in account, with no password) needs the native msnodesqlv8 driver, which csc-api does not include. ' +
        'Use CSC_DB_AUTH=ntlm with CSC_DB_DOMAIN, CSC_DB_USER and CSC_DB_PASSWORD for a Windows domain account, or a SQL login.',
    );
  } else if (rawAuth === 'ntlm') {
    if (kind === 'postgres') problems.push('CSC_DB_AUTH=ntlm only applies to SQL Server.');
    auth = 'ntlm';
  } else if (rawAuth === 'sql' || rawAuth === 'password') {
    auth = 'password';
  } else if (rawAuth !== undefined) {
    problems.push(`CSC_DB_AUTH (--db-auth) must be "sql" or "ntlm"; it is "${rawAuth}".`);
  }
  if (auth === 'ntlm' && domain === null)
    problems.push(
      'CSC_DB_AUTH=ntlm needs the Windows domain: set CSC_DB_DOMAIN (or CSC_DB_USER=DOMAIN\\user).',
    );

  const host = pick('db-host', 'CSC_DB_HOST') ?? fromUrl.host ?? 'localhost';
  const rawPort = pick('db-port', 'CSC_DB_PORT');
  let port = fromUrl.port ?? null;
  if (rawPort !== undefined) {
    const value = Number(rawPort);
    if (!Number.isInteger(value) || value < 1 || value > 65_535)
      problems.push(`CSC_DB_PORT (--db-port) must be a port number from 1 to 65535; it is "${rawPort}".`);
    else port = value;
  }
  const database = pick('db-name', 'CSC_DB_NAME') ?? fromUrl.database ?? null;
  if (database === null)
    problems.push(
      'The database name is not set. Set CSC_DB_NAME (--db-name), or give it in CSC_DB_URL, for example the database that holds the SSD.',
    );
  if (user === null && auth === 'password')
    problems.push('The database user is not set. Set CSC_DB_USER (--db-user), or give it in CSC_DB_URL.');
  const effectivePassword = password ?? fromUrl.password ?? null;
  if (effectivePassword === null && (auth === 'ntlm' || kind === 'sqlserver'))
    problems.push('The database password is not set. Set CSC_DB_PASSWORD in the environment or .env.');

  const flag = (flagName: string, name: string, fallback: boolean): boolean => {
    const raw = pick(flagName, name);
    if (raw === undefined) return fallback;
    if (/^(true|yes|1|on)$/i.test(raw)) return true;
    if (/^(false|no|0|off)$/i.test(raw)) return false;
    problems.push(`${name} (--${flagName}) must be true or false; it is "${raw}".`);
    return fallback;
  };
  // SQL Server drivers encrypt by default; PostgreSQL on a local network often has no TLS set up.
  const encrypt = flag('db-encrypt', 'CSC_DB_ENCRYPT', fromUrl.encrypt ?? kind === 'sqlserver');
  const trustServerCertificate = flag(
    'db-trust-server-certificate',
    'CSC_DB_TRUST_SERVER_CERTIFICATE',
    fromUrl.trustServerCertificate ?? false,
  );

  const rawTimeout = pick('db-timeout', 'CSC_DB_TIMEOUT');
  let timeoutMs = 30_000;
  if (rawTimeout !== undefined) {
    const seconds = Number(rawTimeout);
    if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600)
      problems.push(
        `CSC_DB_TIMEOUT (--db-timeout) must be a number of seconds from 1 to 3600; it is "${rawTimeout}".`,
      );
    else timeoutMs = Math.round(seconds * 1000);
  }

  const rawTable = pick('table', 'CSC_DB_TABLE') ?? defaultTable;
  const table = parseTableName(rawTable);
  if (table === null)
    problems.push(
      `CSC_DB_TABLE (--table) must be a table name such as ${defaultTable} or dbo.${defaultTable} (letters, digits and underscores); it is "${rawTable}".`,
    );

  if (problems.length > 0 || table === null) {
    throw new UsageError(
      `there is a problem with the database settings:\n${problems.map((p) => `  - ${p}`).join('\n')}\n${docsHint}`,
    );
  }
  return {
    kind,
    table,
    host,
    port,
    instance: pick('db-instance', 'CSC_DB_INSTANCE') ?? fromUrl.instance ?? null,
    database,
    user,
    password: effectivePassword,
    auth,
    domain,
    encrypt,
    trustServerCertificate,
    timeoutMs,
  };
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
