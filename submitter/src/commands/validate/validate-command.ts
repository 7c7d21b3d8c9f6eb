// `csc-api validate`: checks JSON or NDJSON files (or standard input) against the DfE spec, with the same
// validate() the browser page and the pre-send check use. Runs in Node.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validate } from 'csc-api-validator';
import { supportedSpecVersions } from 'csc-api-validator/spec';
import type { Command } from '../../command.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';
import { type CheckedSource, locateFindings } from './checked-source.ts';
import { readSources } from './read-sources.ts';
import { reportCsv } from './report-csv.ts';
import { reportJson } from './report-json.ts';
import { reportText } from './report-text.ts';

const modes = ['full', 'delta', 'auto'] as const;
const formats = ['text', 'json', 'csv'] as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}

export const validateCommand: Command = {
  usage: `Usage: csc-api validate [FILE... | -] [options]

Checks child records against the DfE CSC API spec: JSON syntax, the schema, code sets and business rules.
FILE is a JSON array of records, one record, or NDJSON (one record per line). Use - for standard input.

Options:
  --spec VERSION     DfE spec version: ${supportedSpecVersions.join(', ')} (default ${supportedSpecVersions[0]})
  --mode MODE        full (a daily snapshot), delta (partial records and deletions) or auto (default)
  --format FORMAT    text (default), json or csv
  --output FILE      write the report to FILE instead of standard output

Exit codes: 0 no errors (warnings allowed); 1 the DfE API would reject something (a record, or the
whole input); 4 the API would accept every record, but there are data-quality errors to fix at
source; 2 a usage or input problem.
`,
  options: {
    spec: { type: 'string' },
    mode: { type: 'string', default: 'auto' },
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, context) {
    const spec = typeof args.values.spec === 'string' ? args.values.spec : supportedSpecVersions[0];
    if (spec === undefined || !supportedSpecVersions.includes(spec)) {
      throw new UsageError(
        `--spec must be one of ${supportedSpecVersions.join(', ')}, not "${String(spec)}".`,
      );
    }
    const mode = oneOf(args.values.mode, modes, 'mode');
    const format = oneOf(args.values.format, formats, 'format');
    if (args.positionals.length === 0) {
      throw new UsageError('give a file to check, or - to read standard input.');
    }
    const sources = await readSources(args.positionals, context);
    const today = context.now();
    // Progress on a terminal only, and only for the text report: machine formats stay quiet.
    const stderr = context.stderr as NodeJS.WritableStream & { isTTY?: boolean };
    const showProgress = stderr.isTTY === true && format === 'text';
    const checked: CheckedSource[] = sources.map((source) => {
      const onProgress = showProgress
        ? (_stage: string, done: number, total: number) => {
            if (total > 0)
              stderr.write(
                `\rChecking ${source.name}: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} records`,
              );
          }
        : undefined;
      const report = validate(source.text, { spec, mode, today, onProgress });
      if (showProgress) stderr.write('\r\x1b[K');
      return locateFindings(source.name, source.text, report);
    });
    const report =
      format === 'json'
        ? reportJson(checked, spec, mode)
        : format === 'csv'
          ? reportCsv(checked)
          : reportText(checked, spec, mode);
    const errors = checked.reduce((n, c) => n + c.report.summary.errors, 0);
    const warnings = checked.reduce((n, c) => n + c.report.summary.warnings, 0);
    if (typeof args.values.output === 'string') {
      try {
        await writeFile(resolve(context.cwd, args.values.output), report);
      } catch (error) {
        throw new UsageError(
          `the report cannot be written to ${args.values.output}: ${(error as Error).message}`,
        );
      }
      context.stderr.write(
        `Wrote the report to ${args.values.output}: ${errors} errors, ${warnings} warnings.\n`,
      );
    } else {
      context.stdout.write(report);
    }
    const outcome = checked.map((c) => c.report.summary.outcome);
    if (outcome.includes('not-ready')) return ExitCode.failures;
    return errors > 0 ? ExitCode.dataQuality : ExitCode.ok;
  },
};
