// `csc-api test-endpoint`: gets a token and makes one harmless request (an empty list), explaining
// what each answer means. Sends no child data. Runs in Node.

import { describeNetworkError } from '../../auth/token-client.ts';
import { createDfeClient } from '../../client/create-dfe-client.ts';
import { describeRedirect, isRedirect } from '../../client/describe-redirect.ts';
import { childrenUrl, userAgent } from '../../client/dfe-client.ts';
import { explainStatus } from '../../client/explain-status.ts';
import type { Command } from '../../command.ts';
import type { Credentials } from '../../config/settings.ts';
import { settingOptions } from '../../config/settings-options.ts';
import { settingsUsage } from '../../config/settings-usage.ts';
import { exitCodeFor, TokenError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';
import { commandSettings } from '../command-settings.ts';

export const testEndpointCommand: Command = {
  usage: `Usage: csc-api test-endpoint [options]

Gets an OAuth token, then POSTs an empty list ([]) to the children endpoint: no child data is sent.
Explains the answer. Exit code 0 when the connection and credentials work.

${settingsUsage('test-endpoint')}
`,
  options: settingOptions('test-endpoint'),
  async run(args, context) {
    const { settings, redactor } = commandSettings(args, context, 'test-endpoint', {
      credentials: true,
      laCode: true,
    });
    const credentials = settings.credentials as Credentials;
    const laCode = settings.laCode as string;
    const { tokens, fetch } = createDfeClient({ ...settings, credentials, laCode }, context, redactor);
    const steps: { step: string; ok: boolean; detail: string; status?: number }[] = [];
    const finish = (code: ExitCode) => {
      if (args.values.json === true)
        context.stdout.write(`${JSON.stringify({ ok: code === ExitCode.ok, steps }, null, 2)}\n`);
      else
        for (const s of steps)
          context.stdout.write(`${s.ok ? 'OK     ' : 'PROBLEM'} ${s.step}: ${s.detail}\n`);
      return code;
    };

    let token: string;
    try {
      token = await tokens.getToken();
      steps.push({
        step: 'token',
        ok: true,
        detail: `a token was issued by ${new URL(credentials.tokenEndpoint).host}`,
      });
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      steps.push({
        step: 'token',
        ok: false,
        detail: error.message,
        ...(error.status === null ? {} : { status: error.status }),
      });
      return finish(exitCodeFor(error));
    }

    const url = childrenUrl(credentials.apiEndpoint, laCode);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          SupplierKey: credentials.supplierKey,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'User-Agent': userAgent,
        },
        body: '[]',
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      await response.text();
      if (isRedirect(response.status)) {
        const where = response.headers.get('location');
        steps.push({
          step: 'api',
          ok: false,
          status: response.status,
          detail: redactor.redact(
            `POST ${url}: ${describeRedirect(response.status, where, url, 'API_ENDPOINT', 'the token and the SupplierKey')}`,
          ),
        });
        return finish(ExitCode.usage);
      }
      const works = response.status === 200 || response.status === 204 || response.status === 400;
      steps.push({
        step: 'api',
        ok: works,
        status: response.status,
        detail: `POST ${url} answered ${response.status}. ${explainStatus(response.status)}`,
      });
      if (works) return finish(ExitCode.ok);
      return finish(
        response.status >= 500 || response.status === 408 ? ExitCode.unreachable : ExitCode.usage,
      );
    } catch (error) {
      steps.push({
        step: 'api',
        ok: false,
        detail: `POST ${url} got no answer: ${redactor.redact(describeNetworkError(error))}. Check API_ENDPOINT, the proxy settings (HTTPS_PROXY, NO_PROXY) and the firewall; run csc-api doctor for more.`,
      });
      return finish(ExitCode.unreachable);
    }
  },
};
