// The text of submitter/sql/<database>/create-staging-tables.sql: the staging table and its _anon twin
// as init-db creates them, with the grants csc-api needs. A snapshot test writes the files from this,
// so they cannot drift from the dialects. Runs anywhere: it only builds strings.
import type { DatabaseKind, SqlDialect, TableName } from './sql-dialect.ts';

const tables: TableName[] = [
  { schema: null, name: 'ssd_api_data_staging' },
  { schema: null, name: 'ssd_api_data_staging_anon' },
];

/** Which servers the DDL is for, and the grants each needs, as the comment lines at the top of the file. */
const headers: Record<DatabaseKind, { product: string; grants: string[] }> = {
  postgres: {
    product: 'PostgreSQL',
    grants: [
      'The login csc-api runs as needs only (replace csc_api with your login, and add the schema if not public):',
      '  GRANT USAGE ON SCHEMA public TO csc_api;',
      '  GRANT SELECT, UPDATE ON ssd_api_data_staging, ssd_api_data_staging_anon TO csc_api;',
    ],
  },
  sqlserver: {
    product: 'SQL Server 2016 and later',
    grants: [
      'The login csc-api runs as needs only (replace csc_api with your database user):',
      '  GRANT SELECT, UPDATE ON dbo.ssd_api_data_staging TO csc_api;',
      '  GRANT SELECT, UPDATE ON dbo.ssd_api_data_staging_anon TO csc_api;',
    ],
  },
};

export function stagingTablesFile(dialect: SqlDialect): string {
  const { product, grants } = headers[dialect.kind];
  const comments = [
    `The SSD staging table csc-api reads, and its test twin, for ${product}.`,
    `The same SQL as \`csc-api init-db --source ${dialect.kind} --print\`. Generated from submitter/src/database/sql-dialect.ts`,
    'by staging-tables-file.test.ts (run it with -u after changing a table); do not edit by hand.',
    "The LA's own SQL fills json_payload and current_hash; csc-api only reads and updates rows.",
    ...grants,
  ];
  const statements = tables.map((table) => dialect.createTableSql(table));
  return `${comments.map((line) => `-- ${line}`).join('\n')}\n\n${statements.join('\n\n')}\n`;
}
