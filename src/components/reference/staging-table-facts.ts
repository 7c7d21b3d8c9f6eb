// Facts about the SSD staging table `ssd_api_data_staging`, for the staging table reference page: its
// columns and how events move a row through its states. Source: Data to Insight's published pipeline,
// as recorded in the project's research notes. Runs at build time (Astro) and in tests.

export interface StagingColumn {
  name: string;
  holds: string;
}

export interface RowStateEvent {
  event: string;
  submissionStatus: string;
  rowState: string;
}

/** The columns of `ssd_api_data_staging`, which holds one row per child. */
export const stagingColumns: readonly StagingColumn[] = [
  { name: 'person_id', holds: 'The child’s SSD person ID (ssd_person.pers_person_id). One row per child.' },
  { name: 'json_payload', holds: 'Today’s full record for the child, as the JSON the API takes.' },
  {
    name: 'previous_json_payload',
    holds: 'The full record as it was last sent and accepted. Empty until the first success.',
  },
  {
    name: 'partial_json_payload',
    holds:
      'Only what changed since the last accepted record, with the identifiers needed to place it. Used when sending changes rather than full records.',
  },
  {
    name: 'current_hash',
    holds:
      'A SHA-256 hash of today’s record, leaving out system values that change without the data changing. Comparing hashes finds changed records quickly.',
  },
  { name: 'previous_hash', holds: 'The hash of the record as last sent and accepted.' },
  { name: 'row_state', holds: 'How the record compares with the last one sent: see the row states below.' },
  {
    name: 'submission_status',
    holds: 'Where the record is in sending: pending, sent or error.',
  },
  {
    name: 'api_response',
    holds: 'What the DfE answered: the receipt on success, the error text on failure.',
  },
  { name: 'submission_timestamp', holds: 'When the DfE accepted the record, or when sending last failed.' },
  { name: 'last_updated', holds: 'When the row last changed.' },
];

/** How one day's extract and one send move a row through its states. `unchanged` keeps what was there. */
export const rowStateEvents: readonly RowStateEvent[] = [
  {
    event: 'The child appears in the extract for the first time',
    submissionStatus: 'pending',
    rowState: 'new',
  },
  {
    event: 'The child’s record has changed (its hash differs)',
    submissionStatus: 'pending',
    rowState: 'updated',
  },
  { event: 'The DfE accepts the record (200)', submissionStatus: 'sent', rowState: 'unchanged' },
  {
    event: 'Sending fails and retries run out',
    submissionStatus: 'error',
    rowState: 'no change to the value',
  },
  {
    event: 'The child leaves the cohort',
    submissionStatus: 'no change to the value',
    rowState: 'deleted',
  },
  {
    event: 'csc-api sends a deletion for a deleted row and the DfE accepts it',
    submissionStatus: 'sent',
    rowState: 'deleted',
  },
];
