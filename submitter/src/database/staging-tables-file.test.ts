// The files in submitter/sql are generated from the dialects: after changing a table definition,
// `npx vitest run submitter/src/database/staging-tables-file.test.ts -u` rewrites them.
import { describe, expect, it } from 'vitest';
import { postgresDialect, sqlServerDialect } from './sql-dialect.ts';
import { stagingTablesFile } from './staging-tables-file.ts';

describe('the SQL files in submitter/sql', () => {
  it.each([
    ['postgresql', postgresDialect],
    ['sql-server', sqlServerDialect],
  ] as const)('%s/create-staging-tables.sql is the SQL init-db runs', async (folder, dialect) => {
    await expect(stagingTablesFile(dialect)).toMatchFileSnapshot(
      `../../sql/${folder}/create-staging-tables.sql`,
    );
  });

  it('holds both tables and the grants csc-api needs', () => {
    const file = stagingTablesFile(postgresDialect);
    expect(file).toContain(postgresDialect.createTableSql({ schema: null, name: 'ssd_api_data_staging' }));
    expect(file).toContain(
      postgresDialect.createTableSql({ schema: null, name: 'ssd_api_data_staging_anon' }),
    );
    expect(file).toContain('GRANT SELECT, UPDATE ON');
  });
});
