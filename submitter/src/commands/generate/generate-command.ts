// `csc-api generate`: writes a batch of synthetic child records (never real data) for testing pipelines
// and the validator. Runs in Node.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generate, sampleWithProblems } from 'csc-api-validator/generate';
import { specVersions, supportedSpecVersions } from 'csc-api-validator/spec';
import type { Command } from '../../command.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';

const maxCount = 1_000_000;

function wholeNumber(value: unknown, option: string, min: number, max: number): number {
  const text = String(value);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    throw new UsageError(`--${option} must be a whole number from ${min} to ${max.toLocaleString('en-GB')}.`);
  }
  return n;
}

export const generateCommand: Command = {
  usage: `Usage: csc-api generate --count N [options]

Writes synthetic child records that pass every check for the spec version. The same seed gives the same
records on the same day. The records are made up: no real child's data.

Options:
  --count N          how many records (1 to ${maxCount.toLocaleString('en-GB')})
  --seed S           a whole number; the default is 1
  --spec VERSION     ${supportedSpecVersions.join(', ')} (default ${supportedSpecVersions[0]})
  --format FORMAT    json (an array, the wire format; default) or ndjson (one record per line)
  --with-problems    write the small sample with typical problems instead (ignores --count)
  --out FILE         write to FILE instead of standard output
`,
  options: {
    count: { type: 'string' },
    seed: { type: 'string', default: '1' },
    spec: { type: 'string' },
    format: { type: 'string', default: 'json' },
    'with-problems': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
  async run(args, context) {
    const spec = typeof args.values.spec === 'string' ? args.values.spec : supportedSpecVersions[0];
    if (spec === undefined || !supportedSpecVersions.includes(spec)) {
      const known = specVersions.includes(String(spec))
        ? ' That version can be read about but not generated.'
        : '';
      throw new UsageError(`--spec must be one of ${supportedSpecVersions.join(', ')}.${known}`);
    }
    const format = args.values.format;
    if (format !== 'json' && format !== 'ndjson') {
      throw new UsageError(`--format must be json or ndjson, not "${String(format)}".`);
    }
    const seed = wholeNumber(args.values.seed, 'seed', 0, 4_294_967_295);
    const today = context.now();
    let records: unknown[];
    if (args.values['with-problems'] === true) {
      records = sampleWithProblems({ seed, specVersion: spec, today });
    } else {
      if (args.values.count === undefined) throw new UsageError('give --count, the number of records.');
      records = generate({
        count: wholeNumber(args.values.count, 'count', 1, maxCount),
        seed,
        specVersion: spec,
        today,
      });
    }
    const text =
      format === 'ndjson'
        ? `${records.map((r) => JSON.stringify(r)).join('\n')}\n`
        : `${JSON.stringify(records, null, records.length > 1000 ? undefined : 2)}\n`;
    if (typeof args.values.out === 'string') {
      try {
        await writeFile(resolve(context.cwd, args.values.out), text);
      } catch (error) {
        throw new UsageError(`${args.values.out} cannot be written: ${(error as Error).message}`);
      }
      context.stderr.write(`Wrote ${records.length} records to ${args.values.out}.\n`);
    } else {
      context.stdout.write(text);
    }
    return ExitCode.ok;
  },
};
