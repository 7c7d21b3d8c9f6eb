// Builds the database settings from the values read once by the settings reader: a connection string
// or its parts (the parts win), the table, and how to log in. Runs in Node.
import type { SettingValue } from '../config/parse-setting-value.ts';
import type { SettingValues } from '../config/read-setting-values.ts';
import { type SettingKey, settingEntry } from '../config/settings-table.ts';
import type { Redactor } from '../redact/redactor.ts';
import {
  type DatabaseSettings,
  parsePostgresUrl,
  parseSqlServerConnectionString,
  parseTableName,
} from './database-settings.ts';
import type { DatabaseKind } from './sql-dialect.ts';

/**
 * `needed`: the database name, user and password must be set (not for `init-db --print`, which
 * only needs the table). Problems go to `report`; the result is null when there was one.
 */
export function buildDatabaseSettings(
  values: SettingValues,
  kind: DatabaseKind,
  needed: boolean,
  redactor: Redactor,
  report: (problem: string) => void,
): DatabaseSettings | null {
  let problems = 0;
  const problem = (text: string) => {
    problems += 1;
    report(text);
  };
  const text = (key: SettingKey) => values.get<string>(key);
  /** Only a value someone gave: a part of CSC_DB_URL wins over a default. */
  const given = <T extends SettingValue>(key: SettingKey) =>
    values.level(key) === 'default' ? undefined : values.get<T>(key);

  const url = text('dbUrl');
  let fromUrl: Partial<DatabaseSettings> & { integrated?: boolean } = {};
  if (url !== undefined) {
    const parsed = kind === 'postgres' ? parsePostgresUrl(url) : parseSqlServerConnectionString(url);
    if ('problem' in parsed) problem(parsed.problem);
    else {
      fromUrl = parsed;
      redactor.add('CSC_DB_PASSWORD', parsed.password ?? undefined);
      if (values.level('dbUrl') === 'flag' && parsed.password)
        problem(
          'The --db-url flag holds a password. Command lines can be seen by other users of the server: put the password in CSC_DB_PASSWORD (environment or .env) instead.',
        );
    }
  }

  let user = text('dbUser') ?? fromUrl.user ?? null;
  let domain = text('dbDomain') ?? fromUrl.domain ?? null;
  // DOMAIN\user is how Windows accounts are usually written.
  if (user?.includes('\\')) {
    const [domainPart, userPart] = user.split('\\', 2) as [string, string];
    domain ??= domainPart;
    user = userPart;
  }
  const chosenAuth = text('dbAuth');
  let auth: DatabaseSettings['auth'] = domain !== null && kind === 'sqlserver' ? 'ntlm' : 'password';
  if (chosenAuth === 'integrated' || fromUrl.integrated === true) {
    problem(
      'Windows integrated authentication (the logged-in account, with no password) needs the native msnodesqlv8 driver, which csc-api does not include. ' +
        'Use CSC_DB_AUTH=ntlm with CSC_DB_DOMAIN, CSC_DB_USER and CSC_DB_PASSWORD for a Windows domain account, or a SQL login.',
    );
  } else if (chosenAuth === 'ntlm') {
    if (kind === 'postgres') problem('CSC_DB_AUTH=ntlm only applies to SQL Server.');
    auth = 'ntlm';
  } else if (chosenAuth === 'sql') {
    auth = 'password';
  }
  if (auth === 'ntlm' && domain === null)
    problem('CSC_DB_AUTH=ntlm needs the Windows domain: set CSC_DB_DOMAIN (or CSC_DB_USER=DOMAIN\\user).');

  const database = text('dbName') ?? fromUrl.database ?? null;
  const password = text('dbPassword') ?? fromUrl.password ?? null;
  if (needed) {
    if (database === null)
      problem(
        'The database name is not set. Set CSC_DB_NAME (--db-name), or give it in CSC_DB_URL, for example the database that holds the SSD.',
      );
    if (user === null && auth === 'password')
      problem('The database user is not set. Set CSC_DB_USER (--db-user), or give it in CSC_DB_URL.');
    if (password === null && (auth === 'ntlm' || kind === 'sqlserver'))
      problem('The database password is not set. Set CSC_DB_PASSWORD in the environment or .env.');
  }

  const tableText = text('dbTable') as string;
  const example = settingEntry('dbTable').default;
  const table = parseTableName(tableText);
  if (table === null)
    problem(
      `CSC_DB_TABLE (--table) must be a table name such as ${example} or dbo.${example} (letters, digits and underscores); it is "${tableText}".`,
    );

  if (problems > 0 || table === null) return null;
  return {
    kind,
    table,
    host: given<string>('dbHost') ?? fromUrl.host ?? (text('dbHost') as string),
    port: values.get<number>('dbPort') ?? fromUrl.port ?? null,
    instance: text('dbInstance') ?? fromUrl.instance ?? null,
    database,
    user,
    password,
    auth,
    domain,
    // SQL Server drivers encrypt by default; PostgreSQL on a local network often has no TLS set up.
    encrypt: values.get<boolean>('dbEncrypt') ?? fromUrl.encrypt ?? kind === 'sqlserver',
    trustServerCertificate:
      given<boolean>('dbTrustServerCertificate') ??
      fromUrl.trustServerCertificate ??
      (values.get<boolean>('dbTrustServerCertificate') as boolean),
    timeoutMs: Math.round((values.get<number>('dbTimeoutSeconds') as number) * 1000),
  };
}
