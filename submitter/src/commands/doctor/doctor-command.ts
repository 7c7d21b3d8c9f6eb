// `csc-api doctor`: checks configuration, DNS, the proxy route, TLS and the clock, then prints a
// redacted bundle to paste into a support ticket. Runs in Node.
import { arch, platform, release } from 'node:os';
import { createHttpFetch } from '../../client/create-http-fetch.ts';
import type { Command } from '../../command.ts';
import { readSettings } from '../../config/load-settings.ts';
import { describeSettingProblem, problemGroup } from '../../config/setting-problem.ts';
import type { Settings } from '../../config/settings.ts';
import { settingOptions } from '../../config/settings-options.ts';
import { settingsUsage } from '../../config/settings-usage.ts';
import { checkDatabase } from '../../database/check-database.ts';
import { checkClock } from '../../doctor/check-clock.ts';
import { checkEnvFile } from '../../doctor/check-env-file.ts';
import { checkTls } from '../../doctor/check-tls.ts';
import { lookupHost } from '../../doctor/lookup-host.ts';
import { describeProxy, proxyForUrl } from '../../doctor/proxy-for-host.ts';
import { ExitCode } from '../../exit-codes.ts';
import { Redactor } from '../../redact/redactor.ts';
import { version } from '../../version.ts';

interface Check {
  area: 'configuration' | 'dns' | 'proxy' | 'tls' | 'clock' | 'database';
  ok: boolean;
  detail: string;
}

export const doctorCommand: Command = {
  usage: `Usage: csc-api doctor [options]

Checks the settings, looks up the API and token hosts, shows the proxy route, checks who issued
the TLS certificates (a proxy that inspects TLS shows up here) and compares the clock. Prints a
bundle to paste into a support ticket: secrets are never included.

${settingsUsage('doctor')}
`,
  options: settingOptions('doctor'),
  async run(args, context) {
    const redactor = context.redactor ?? new Redactor();
    const checks: Check[] = [];
    const reading = readSettings(
      { flags: args.values, env: context.env, cwd: context.cwd, redactor },
      'doctor',
      { credentials: true, laCode: true, input: false, database: true },
    );
    const settings: Settings | null = reading.settings;
    checks.push(
      reading.problems.length === 0
        ? { area: 'configuration', ok: true, detail: 'every setting is present and well formed' }
        : { area: 'configuration', ok: false, detail: reading.report() },
    );

    const envFile = checkEnvFile(reading.values.envFilePath);
    if (envFile !== null) checks.push({ area: 'configuration', ...envFile });

    const proxy = reading.proxy;
    const proxyProblems = reading.problems
      .filter((problem) => problemGroup(problem) === 'proxy')
      .map(describeSettingProblem);
    for (const problem of proxyProblems)
      checks.push({ area: 'proxy', ok: false, detail: `${problem} The network checks were skipped.` });
    for (const [name, value] of [
      ['HTTPS_PROXY', proxy.httpsProxy],
      ['HTTP_PROXY', proxy.httpProxy],
    ] as const) {
      if (value !== undefined && proxyProblems.length === 0)
        checks.push({ area: 'proxy', ok: true, detail: `${name} is ${describeProxy(value)}` });
    }
    if (proxy.noProxy !== undefined)
      checks.push({ area: 'proxy', ok: true, detail: `NO_PROXY is ${proxy.noProxy}` });
    if (proxy.httpProxy === undefined && proxy.httpsProxy === undefined)
      checks.push({ area: 'proxy', ok: true, detail: 'no proxy is set; requests go direct' });
    if (context.env.NODE_EXTRA_CA_CERTS)
      checks.push({
        area: 'tls',
        ok: true,
        detail: `NODE_EXTRA_CA_CERTS is ${context.env.NODE_EXTRA_CA_CERTS}`,
      });

    const timeoutMs = Math.min(settings?.timeoutMs ?? 10_000, 10_000);
    const credentials = settings?.credentials;
    const endpoints = (['API_ENDPOINT', 'TOKEN_ENDPOINT'] as const).flatMap((setting) => {
      const value =
        setting === 'API_ENDPOINT'
          ? (credentials?.apiEndpoint ?? reading.values.raw('apiEndpoint'))
          : (credentials?.tokenEndpoint ?? reading.values.raw('tokenEndpoint'));
      try {
        return [{ setting, url: new URL(value ?? '') }];
      } catch {
        return [];
      }
    });
    // A proxy setting that is not an address is among the configuration problems; without a route, the network is not tried.
    const urls = proxyProblems.length > 0 ? [] : endpoints.map((endpoint) => endpoint.url);
    const seen = new Set<string>();
    for (const url of urls) {
      if (seen.has(url.host)) continue;
      seen.add(url.host);
      const route = proxyForUrl(url, proxy);
      checks.push({
        area: 'proxy',
        ok: true,
        detail: `${url.host} is reached ${route === null ? 'directly' : `through ${describeProxy(route)}`}`,
      });
      try {
        const addresses = await lookupHost(url.hostname, timeoutMs);
        checks.push({
          area: 'dns',
          ok: true,
          detail: `${url.hostname} is ${addresses.join(', ')}`,
        });
      } catch (error) {
        checks.push({
          area: 'dns',
          ok: route !== null,
          detail: `${url.hostname} could not be looked up here (${(error as NodeJS.ErrnoException).code ?? 'error'})${route === null ? '. Check the address, or ask IT about DNS.' : '; the proxy may still resolve it.'}`,
        });
      }
      if (url.protocol === 'https:') {
        const tls = await checkTls(url, route, timeoutMs);
        checks.push({ area: 'tls', ok: tls.ok, detail: tls.detail });
      } else {
        checks.push({
          area: 'tls',
          ok: true,
          detail: `${url.host} uses plain http (a local mock API?), so there is no certificate to check`,
        });
      }
    }
    const clockEndpoint = urls.length === 0 ? undefined : (endpoints[1] ?? endpoints[0]);
    if (clockEndpoint !== undefined) {
      const clock = await checkClock(
        clockEndpoint.url.toString(),
        clockEndpoint.setting,
        createHttpFetch(proxy, context.fetch),
        context.now,
        timeoutMs,
      );
      checks.push({ area: clock.redirected ? 'configuration' : 'clock', ok: clock.ok, detail: clock.detail });
    }

    if (reading.database !== null)
      for (const check of await checkDatabase(reading.database)) checks.push({ area: 'database', ...check });

    const problems = checks.filter((check) => !check.ok);
    const environment = {
      csc_api: version,
      node: process.version,
      os: `${platform()} ${release()} ${arch()}`,
      time: context.now().toISOString(),
      settings: settings === null ? null : describeSettings(settings),
    };
    if (args.values.json === true) {
      context.stdout.write(
        `${redactor.redact(JSON.stringify({ ok: problems.length === 0, environment, checks }, null, 2))}\n`,
      );
    } else {
      const lines = [
        ...checks.map((check) => `${check.ok ? 'OK     ' : 'PROBLEM'} ${check.area}: ${check.detail}`),
        '',
        problems.length === 0
          ? 'No problems found.'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'} found.`,
        '',
        'Support bundle (secrets are left out; paste everything between the lines into a support ticket):',
        '----- csc-api support bundle -----',
        JSON.stringify({ environment, checks }, null, 2),
        '----- end of bundle -----',
      ];
      context.stdout.write(`${redactor.redact(lines.join('\n'))}\n`);
    }
    if (problems.some((p) => p.area === 'configuration')) return ExitCode.usage;
    return problems.length > 0 ? ExitCode.unreachable : ExitCode.ok;
  },
};

/** Settings as safe to share: secrets appear only as whether they are set and their length. */
function describeSettings(settings: Settings): Record<string, unknown> {
  const c = settings.credentials;
  return {
    API_ENDPOINT: c?.apiEndpoint ?? null,
    TOKEN_ENDPOINT: c?.tokenEndpoint ?? null,
    CLIENT_ID: c?.clientId ?? null,
    CLIENT_SECRET: c ? `set (${c.clientSecret.length} characters)` : 'not set',
    SCOPE: c?.scope ?? null,
    SUPPLIER_KEY: c ? `set (${c.supplierKey.length} characters)` : 'not set',
    LA_CODE: settings.laCode,
    batchSize: settings.batchSize,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    statePath: settings.statePath,
    auditDir: settings.auditDir,
  };
}
