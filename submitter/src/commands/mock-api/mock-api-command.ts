// `csc-api mock-api`: runs the local DfE look-alike until stopped (Ctrl+C). Runs in Node.
import type { Command } from '../../command.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';
import { MockDfeApi } from '../../mock-api/mock-dfe-api.ts';
import { type OneShot, parseFaultSpec } from '../../mock-api/mock-faults.ts';

export const mockApiCommand: Command = {
  usage: `Usage: csc-api mock-api [options]

Starts a local HTTP server that behaves like the DfE CSC API and its token endpoint, and prints
the API_ENDPOINT and TOKEN_ENDPOINT to use. It keeps records in memory only. Stop it with Ctrl+C.

  --port N                 port to listen on (default 8080; 0 picks a free one)
  --host ADDRESS           address to listen on (default 127.0.0.1)
  --la-code NNN            accept only this LA code (others get 403)
  --check-credentials      accept only the CLIENT_ID, CLIENT_SECRET and SUPPLIER_KEY in the environment
  --token-lifetime S       seconds a token lasts (default 3599)
  --fault SPEC             a fault for the next request(s); repeat for more, in order:
                             429 or 429:SECONDS (with Retry-After), 500, 502, 503, 403, 400, 413 ...
                             reset, reset:after-store, delay:MS, expire-tokens,
                             malformed-receipt, short-receipt; add xN to repeat, for example 503x3
  --latency MS             wait this long before every answer
  --reject-child ID        answer 400 to any batch holding this la_child_id (repeat for more)
  --max-records N          answer 413 to batches larger than N (default 100)
  --receipts tokens|single-uuid  receipt style (default tokens: one per record)
  --forbidden              answer 403 to every request
`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'la-code': { type: 'string' },
    'check-credentials': { type: 'boolean' },
    'token-lifetime': { type: 'string' },
    fault: { type: 'string', multiple: true },
    latency: { type: 'string' },
    'reject-child': { type: 'string', multiple: true },
    'max-records': { type: 'string' },
    receipts: { type: 'string' },
    forbidden: { type: 'boolean' },
  },
  async run(args, context) {
    const v = args.values;
    const number = (name: string, fallback: number) => {
      const raw = v[name];
      if (raw === undefined) return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 0)
        throw new UsageError(`--${name} must be a whole number; it is "${String(raw)}".`);
      return value;
    };
    const faults: OneShot[] = [];
    for (const spec of (v.fault as string[] | undefined) ?? []) {
      const fault = parseFaultSpec(spec);
      if (fault === null)
        throw new UsageError(
          `--fault "${spec}" is not a fault this mock knows. See csc-api mock-api --help.`,
        );
      faults.push(fault);
    }
    const receipts = v.receipts ?? 'tokens';
    if (receipts !== 'tokens' && receipts !== 'single-uuid')
      throw new UsageError('--receipts must be tokens or single-uuid.');
    let credentials: { clientId: string; clientSecret: string; supplierKey: string } | undefined;
    if (v['check-credentials'] === true) {
      const env = context.env;
      const { CLIENT_ID, CLIENT_SECRET, SUPPLIER_KEY } = env;
      if (!CLIENT_ID || !CLIENT_SECRET || !SUPPLIER_KEY) {
        throw new UsageError(
          '--check-credentials needs CLIENT_ID, CLIENT_SECRET and SUPPLIER_KEY in the environment.',
        );
      }
      credentials = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, supplierKey: SUPPLIER_KEY };
    }
    const laCode = typeof v['la-code'] === 'string' ? v['la-code'].padStart(3, '0') : undefined;
    const mock = new MockDfeApi({
      ...(credentials ? { credentials } : {}),
      ...(laCode ? { laCode } : {}),
      tokenLifetimeSeconds: number('token-lifetime', 3599),
    });
    mock.standing = {
      latencyMs: number('latency', 0),
      rejectChildIds: (v['reject-child'] as string[] | undefined) ?? [],
      maxRecords: number('max-records', 100),
      receiptStyle: receipts,
      forbidden: v.forbidden === true,
      failTokensAfter: null,
    };
    mock.queue(...faults);
    try {
      await mock.listen(number('port', 8080), typeof v.host === 'string' ? v.host : '127.0.0.1');
    } catch (error) {
      throw new UsageError(`the mock API could not start: ${(error as Error).message}. Try another --port.`);
    }
    const { apiEndpoint, tokenEndpoint } = mock.endpoints;
    context.stdout.write(
      `Mock DfE API listening. Use these settings (any client ID, secret and key are accepted${credentials ? ' only if they match yours' : ''}):\n` +
        `API_ENDPOINT=${apiEndpoint}\nTOKEN_ENDPOINT=${tokenEndpoint}\nSCOPE=api://mock-csc-api/.default\n` +
        'Records are kept in memory only. Press Ctrl+C to stop.\n',
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await mock.close();
    context.stdout.write(
      `Stopped. The mock stored ${mock.received.length} records in ${mock.requests.length} requests.\n`,
    );
    return ExitCode.ok;
  },
};
