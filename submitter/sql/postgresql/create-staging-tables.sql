-- The SSD staging table csc-api reads, and its test twin, for PostgreSQL.
-- The same SQL as `csc-api init-db --source postgres --print`. Generated from submitter/src/database/sql-dialect.ts
-- by staging-tables-file.test.ts (run it with -u after changing a table); do not edit by hand.
-- The LA's own SQL fills json_payload and current_hash; csc-api only reads and updates rows.
-- The login csc-api runs as needs only (replace csc_api with your login, and add the schema if not public):
--   GRANT USAGE ON SCHEMA public TO csc_api;
--   GRANT SELECT, UPDATE ON ssd_api_data_staging, ssd_api_data_staging_anon TO csc_api;

CREATE TABLE IF NOT EXISTS "ssd_api_data_staging" (
  person_id varchar(48) NOT NULL PRIMARY KEY,
  previous_json_payload text NULL,
  json_payload text NULL,
  partial_json_payload text NULL,
  previous_hash bytea NULL,
  current_hash bytea NULL,
  row_state varchar(10) NOT NULL DEFAULT 'new',
  last_updated timestamptz NOT NULL DEFAULT now(),
  submission_status varchar(20) NOT NULL DEFAULT 'pending',
  api_response text NULL,
  submission_timestamp timestamptz NULL
);

CREATE TABLE IF NOT EXISTS "ssd_api_data_staging_anon" (
  person_id varchar(48) NOT NULL PRIMARY KEY,
  previous_json_payload text NULL,
  json_payload text NULL,
  partial_json_payload text NULL,
  previous_hash bytea NULL,
  current_hash bytea NULL,
  row_state varchar(10) NOT NULL DEFAULT 'new',
  last_updated timestamptz NOT NULL DEFAULT now(),
  submission_status varchar(20) NOT NULL DEFAULT 'pending',
  api_response text NULL,
  submission_timestamp timestamptz NULL
);
