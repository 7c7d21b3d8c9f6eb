import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../errors.ts';
import { ExitCode } from '../exit-codes.ts';
import { explainPostgresError } from './postgres-connection.ts';
import { explainSqlServerError, sqlType } from './sql-server-connection.ts';

const where = 'SQL Server sql01:1433, database ssd, user csc_api, table ssd_api_data_staging';

function driverError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

describe('database errors', () => {
  it('say what to check, and tell settings problems from an unreachable server', () => {
    const refused = explainSqlServerError(
      driverError("Login failed for user 'csc_api'.", { number: 18456, code: 'ELOGIN' }),
      where,
    );
    expect(refused.message).toBe(
      `${where}: Login failed for user 'csc_api'.; the login was refused. Check CSC_DB_USER and CSC_DB_PASSWORD (and CSC_DB_DOMAIN for a Windows account).`,
    );
    expect(exitCodeFor(refused)).toBe(ExitCode.usage);
    const grant = explainSqlServerError(
      driverError('The UPDATE permission was denied', { number: 229 }),
      where,
    );
    expect(grant.message).toContain('needs SELECT and UPDATE on the staging table');
    expect(exitCodeFor(grant)).toBe(ExitCode.usage);
    const down = explainSqlServerError(
      driverError('Failed to connect to sql01:1433', { code: 'ESOCKET' }),
      where,
    );
    expect(down.message).toContain('the server could not be reached');
    expect(exitCodeFor(down)).toBe(ExitCode.unreachable);

    const missing = explainPostgresError(
      driverError('relation "x" does not exist', { code: '42P01' }),
      'PostgreSQL',
    );
    expect(missing.message).toContain('names are case-sensitive in PostgreSQL');
    expect(exitCodeFor(missing)).toBe(ExitCode.usage);
    const noServer = explainPostgresError(
      driverError('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' }),
      'PostgreSQL',
    );
    expect(noServer.message).toContain('nothing is listening there');
    expect(exitCodeFor(noServer)).toBe(ExitCode.unreachable);
    const dropped = explainPostgresError(new Error('Connection terminated unexpectedly'), 'PostgreSQL');
    expect(exitCodeFor(dropped)).toBe(ExitCode.unreachable);
  });
});

describe('SQL Server parameter types', () => {
  it('sends text as Unicode, times with full precision and numbers by kind', () => {
    const typeName = (value: Parameters<typeof sqlType>[0]) => {
      const type = sqlType(value);
      // The driver's type factories carry their SQL name, which its typings leave out.
      return ((typeof type === 'function' ? type() : type).type as unknown as { name: string }).name;
    };
    expect(typeName('text')).toBe('NVarChar');
    expect(typeName(null)).toBe('NVarChar');
    expect(typeName(new Date())).toBe('DateTime2');
    expect(typeName(12)).toBe('BigInt');
    expect(typeName(1.5)).toBe('Float');
    expect(typeName(Buffer.from('ab'))).toBe('VarBinary');
  });
});
