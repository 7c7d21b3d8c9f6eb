// Each expected failure ends with the exit code the docs give for it, decided in one place.
import { describe, expect, it } from 'vitest';
import {
  ApiUnreachableError,
  AuditWriteError,
  CscApiError,
  DatabaseError,
  DeletionGuardError,
  exitCodeFor,
  JsonReadError,
  RefusedError,
  RunLockBusyError,
  SourceError,
  TableBusyError,
  TokenError,
  UnconfirmedError,
  UsageError,
} from './errors.ts';
import { ExitCode } from './exit-codes.ts';

describe('exitCodeFor', () => {
  it.each([
    ['a usage problem', new UsageError('--count must be a whole number.'), ExitCode.usage],
    ['unreadable input', new SourceError('snapshot.json is not valid JSON.'), ExitCode.usage],
    ['JSON that cannot be read', new JsonReadError('unexpected end', 1, 2), ExitCode.usage],
    ['the deletion guard', new DeletionGuardError('too many vanished'), ExitCode.usage],
    ['the DfE refusing', new RefusedError('403'), ExitCode.usage],
    ['another run holding the lock', new RunLockBusyError(null, 'state.sqlite'), ExitCode.usage],
    ['another run sending from the table', new TableBusyError('ssd_api_data_staging'), ExitCode.usage],
    ['refused credentials', new TokenError('rejected', 401, 'no'), ExitCode.usage],
    ['an unreachable token endpoint', new TokenError('unreachable', null, 'down'), ExitCode.unreachable],
    ['the API after every retry', new ApiUnreachableError('gave up'), ExitCode.unreachable],
    [
      'an audit folder that cannot be written',
      new AuditWriteError('run-log.jsonl', { code: 'ENOSPC' }),
      ExitCode.unreachable,
    ],
    ['a database that is down', new DatabaseError('down', 'ECONNREFUSED', false), ExitCode.unreachable],
    ['a missing grant', new DatabaseError('no grant', '42501', true), ExitCode.usage],
    ['answers without receipts', new UnconfirmedError('no receipts'), ExitCode.failures],
  ])('%s', (_, error, code) => {
    expect(error).toBeInstanceOf(CscApiError);
    expect(error.name).toBe(error.constructor.name);
    expect(exitCodeFor(error)).toBe(code);
  });
});
