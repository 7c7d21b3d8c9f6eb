// `csc-api init-db`: creates the SSD staging table (and its _anon twin) in PostgreSQL or SQL Server
// for local testing, optionally with synthetic rows. Runs in Node.
import { generate } from 'csc-api-validator/generate';
import type { Command } from '../../command.ts';
import { loadSettings } from '../../config/load-settings.ts';
import { settingOptions } from '../../config/settings-options.ts';
import { settingEntry } from '../../config/settings-table.ts';
import { settingsUsage } from '../../config/settings-usage.ts';
import { loadSampleRows } from '../../database/load-sample-rows.ts';
import { openDatabase } from '../../database/open-database.ts';
import { dialectFor, type TableName } from '../../database/sql-dialect.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../../exit-codes.ts';
import { Redactor } from '../../redact/redactor.ts';

const maxSample = 100_000;

export const initDbCommand: Command = {
  usage: `Usage: csc-api init-db --source postgres|sqlserver [options]

Creates the staging table csc-api reads (--table, default ${settingEntry('dbTable').default}) and its test twin
with _anon added to the name. A table that already exists is left as it is. This needs a login
that may create tables; the nightly run needs only SELECT and UPDATE on the table.

  --print                      print the SQL and change nothing (no connection is made)
  --sample N                   also load N synthetic records (made up, never real data) as
                               pending rows into the first table
  --seed S                     seed for --sample (default 1)

${settingsUsage('init-db')}
`,
  options: {
    ...settingOptions('init-db'),
    print: { type: 'boolean' },
    sample: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(args, context) {
    const redactor = context.redactor ?? new Redactor();
    const print = args.values.print === true;
    // Printing the SQL needs only the table; creating it needs the connection settings too.
    const { database: settings } = loadSettings(
      { flags: args.values, env: context.env, cwd: context.cwd, redactor },
      'init-db',
      { credentials: false, laCode: false, input: false, database: !print },
    );
    if (settings === null)
      throw new UsageError('init-db needs a database: add --source postgres or --source sqlserver.');
    const sample = wholeNumber(args.values.sample, 'sample', 0, maxSample) ?? 0;
    const seed = wholeNumber(args.values.seed, 'seed', 0, 2 ** 31 - 1) ?? 1;
    const dialect = dialectFor(settings.kind);
    const tables = withTwin(settings.table);

    if (print) {
      context.stdout.write(`${tables.map((table) => dialect.createTableSql(table)).join('\n\n')}\n`);
      return ExitCode.ok;
    }

    const connection = await openDatabase(settings);
    try {
      for (const table of tables) {
        await connection.execute(dialect.createTableSql(table));
        context.stdout.write(`The table ${tableLabel(table)} is ready in ${connection.description}.\n`);
      }
      if (sample > 0) {
        const records = generate({ count: sample, seed, today: context.now() }) as Record<string, unknown>[];
        const loaded = await loadSampleRows(connection, tables[0] as TableName, records);
        context.stdout.write(
          `Loaded ${loaded} synthetic records into ${tableLabel(tables[0] as TableName)} as pending rows.\n`,
        );
      }
    } finally {
      await connection.close();
    }
    return ExitCode.ok;
  },
};

/** The table and its _anon test twin (a name already ending _anon has no twin). */
function withTwin(table: TableName): TableName[] {
  return table.name.endsWith('_anon') ? [table] : [table, { ...table, name: `${table.name}_anon` }];
}

function tableLabel(table: TableName): string {
  return table.schema === null ? table.name : `${table.schema}.${table.name}`;
}

function wholeNumber(value: unknown, option: string, min: number, max: number): number | null {
  if (value === undefined) return null;
  const text = String(value);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max)
    throw new UsageError(`--${option} must be a whole number from ${min} to ${max}.`);
  return n;
}
