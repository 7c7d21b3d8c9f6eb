// Builds the token client and DfE client for a command from its settings and context. Runs in Node.
import { TokenClient } from '../auth/token-client.ts';
import type { CommandContext } from '../command.ts';
import type { Credentials, Settings } from '../config/settings.ts';
import type { Redactor } from '../redact/redactor.ts';
import { createHttpFetch } from './create-http-fetch.ts';
import { DfeClient } from './dfe-client.ts';

export function createDfeClient(
  settings: Settings & { credentials: Credentials; laCode: string },
  context: CommandContext,
  redactor: Redactor,
): { client: DfeClient; tokens: TokenClient; fetch: typeof globalThis.fetch } {
  const fetch = createHttpFetch(settings.proxy, context.fetch);
  const tokens = new TokenClient({
    credentials: settings.credentials,
    fetch,
    now: context.now,
    timeoutMs: settings.timeoutMs,
    refreshMarginSeconds: settings.tokenRefreshMarginSeconds,
    redactor,
    retry: settings.retry,
  });
  const client = new DfeClient({
    credentials: settings.credentials,
    laCode: settings.laCode,
    tokens,
    fetch,
    now: context.now,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    redactor,
  });
  return { client, tokens, fetch };
}
