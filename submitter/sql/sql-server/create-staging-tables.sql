-- The SSD staging table csc-api reads, and its test twin, for SQL Server 2016 and later.
-- The same SQL as `csc-api init-db --source sqlserver --print`. Generated from submitter/src/database/sql-dialect.ts
-- by staging-tables-file.test.ts (run it with -u after changing a table); do not edit by hand.
-- The LA's own SQL fills json_payload and current_hash; csc-api only reads and updates rows.
-- The login csc-api runs as needs only (replace csc_api with your database user):
--   GRANT SELECT, UPDATE ON dbo.ssd_api_data_staging TO csc_api;
--   GRANT SELECT, UPDATE ON dbo.ssd_api_data_staging_anon TO csc_api;

IF OBJECT_ID(N'ssd_api_data_staging', N'U') IS NULL
CREATE TABLE [ssd_api_data_staging] (
  person_id nvarchar(48) NOT NULL PRIMARY KEY,
  previous_json_payload nvarchar(max) NULL,
  json_payload nvarchar(max) NULL,
  partial_json_payload nvarchar(max) NULL,
  previous_hash varbinary(32) NULL,
  current_hash varbinary(32) NULL,
  row_state nvarchar(10) NOT NULL DEFAULT N'new',
  last_updated datetime2 NOT NULL DEFAULT SYSUTCDATETIME(),
  submission_status nvarchar(20) NOT NULL DEFAULT N'pending',
  api_response nvarchar(max) NULL,
  submission_timestamp datetime2 NULL
);

IF OBJECT_ID(N'ssd_api_data_staging_anon', N'U') IS NULL
CREATE TABLE [ssd_api_data_staging_anon] (
  person_id nvarchar(48) NOT NULL PRIMARY KEY,
  previous_json_payload nvarchar(max) NULL,
  json_payload nvarchar(max) NULL,
  partial_json_payload nvarchar(max) NULL,
  previous_hash varbinary(32) NULL,
  current_hash varbinary(32) NULL,
  row_state nvarchar(10) NOT NULL DEFAULT N'new',
  last_updated datetime2 NOT NULL DEFAULT SYSUTCDATETIME(),
  submission_status nvarchar(20) NOT NULL DEFAULT N'pending',
  api_response nvarchar(max) NULL,
  submission_timestamp datetime2 NULL
);
