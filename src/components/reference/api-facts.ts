// Facts about the DfE CSC API, for the reference pages (the SSD staging table's are in
// staging-table-facts.ts). Kept as data so the pages render tables from one place; the batch limit is
// not here because it comes from the spec data.
// Sources: the DfE's OpenAPI document (versions 0.7.0 to 1.0.1) and Data to Insight's published
// pipeline, as recorded in the project's research notes; what csc-api does comes from its own settings.
// Runs at build time (Astro) and in tests.
import { defaults } from '../../../submitter/src/config/settings.ts';

export const endpoint = {
  method: 'POST',
  path: '/children_social_care_data/{la_code}/children',
  laCode: 'Your local authority’s 3-digit code as the DfE knows it, for example 201.',
};

export interface Environment {
  name: string;
  baseUrl: string;
  use: string;
  /** True only when the address is known to take requests from LAs today. */
  confirmed: boolean;
  /** Where the address comes from, and how sure that is. */
  source: string;
}

/**
 * Addresses as far as public sources show them. Only the test address is known to be in use: the live
 * one appears in a comment in one D2I script, and the DfE's OpenAPI document names a different host.
 */
export const environments: readonly Environment[] = [
  {
    name: 'Test',
    baseUrl: 'https://pp-api.education.gov.uk/children-in-social-care-data-receiver-test/1',
    use: 'Fake or scrambled data only.',
    confirmed: true,
    source: 'Used by the pilot authorities and in D2I’s published senders.',
  },
  {
    name: 'Pre-production and live',
    baseUrl: 'https://pp-api.education.gov.uk/children-in-social-care-data-receiver/1',
    use: 'Real data, once the DfE has set your authority to Active.',
    confirmed: false,
    source: 'Not confirmed: it appears only in a comment in one of D2I’s scripts.',
  },
  {
    name: 'Production, as the DfE’s specification names it',
    baseUrl: 'https://find-and-use-an-api.education.gov.uk/api',
    use: 'Not known to take records from LAs.',
    confirmed: false,
    source:
      'Not confirmed: the servers entry of the DfE’s OpenAPI document. It is the portal’s own host, and no pilot authority is known to have sent to it.',
  },
];

/** What LAs should do about the addresses above. */
export const addressAdvice =
  'Take both addresses, test and live, from the API’s page in the DfE’s Find and use an API portal when you subscribe, and give your firewall or proxy team the hosts in those addresses, not the ones on this page.';

export interface Portal {
  name: string;
  url: string;
}

export const portals: readonly Portal[] = [
  {
    name: 'Test portal',
    url: 'https://pp-find-and-use-an-api.education.gov.uk/api/children-in-social-care-data-receiver-test-1',
  },
  { name: 'Live portal', url: 'https://beta-find-and-use-an-api.education.gov.uk/' },
];

export interface Credential {
  name: string;
  portalLabel: string;
  use: string;
  /** The usual form of the value, where it has one. */
  shape?: string;
}

/** What the DfE portal gives each authority, per environment. */
export const credentials: readonly Credential[] = [
  {
    name: 'Subscription key',
    portalLabel: 'Primary or secondary key, in the subscription key block',
    use: 'Sent with every request in the SupplierKey header.',
  },
  {
    name: 'OAuth token endpoint',
    portalLabel: 'OAuth token endpoint',
    use: 'Where the access token is requested.',
    shape: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token',
  },
  {
    name: 'Client ID',
    portalLabel: 'OAuth Client ID, in the native OAuth application-flow block',
    use: 'Identifies your authority when asking for a token.',
  },
  {
    name: 'Client secret',
    portalLabel: 'Primary or secondary key, in the native OAuth application-flow block',
    use: 'Proves it is your authority asking. Keep it out of scripts, logs and email.',
  },
  {
    name: 'Scope',
    portalLabel: 'OAuth Scope',
    use: 'Names the API the token is for.',
    shape: 'api://{receiver-app-id}/.default',
  },
];

export interface Header {
  name: string;
  value: string;
  required: boolean;
  note: string;
}

/** The form fields of the token request (OAuth 2.0 client credentials, Microsoft identity platform v2). */
export const tokenRequestFields: readonly { name: string; value: string }[] = [
  { name: 'grant_type', value: 'client_credentials' },
  { name: 'client_id', value: 'the client ID' },
  { name: 'client_secret', value: 'the client secret' },
  { name: 'scope', value: 'the scope' },
];

export const requestHeaders: readonly Header[] = [
  {
    name: 'Authorization',
    value: 'Bearer {access_token}',
    required: true,
    note: 'The access_token from the token response.',
  },
  { name: 'SupplierKey', value: '{subscription key}', required: true, note: 'From the DfE portal.' },
  {
    name: 'Content-Type',
    value: 'application/json',
    required: true,
    note: 'The body is UTF-8 JSON, with no byte order mark.',
  },
  { name: 'Accept', value: 'application/json', required: false, note: 'csc-api sends it.' },
  {
    name: 'User-Agent',
    value: 'a name for your client',
    required: false,
    note: 'Helps the DfE find your requests when you ask for support.',
  },
];

/** Response headers worth keeping in logs: the DfE does not document them, but support teams can use them. */
export const diagnosticResponseHeaders: readonly string[] = [
  'x-request-id',
  'request-id',
  'x-correlation-id',
];

/** What csc-api does with an answer; api-facts.test.ts checks each against the submitter's code. */
export type SubmitterHandling =
  | 'record-receipts'
  | 'split-and-resend'
  | 'fresh-token-once'
  | 'retry-with-backoff'
  | 'stop-run';

export interface StatusCode {
  /** A number, or a range such as `5xx`. */
  status: string;
  /** The DfE's own description, when its OpenAPI document has one. */
  dfeDescription: string | null;
  meaning: string;
  handling: SubmitterHandling;
  /** What the `csc-api` submitter does when it gets this answer. */
  submitter: string;
}

const { maxRetries, baseDelayMs, maxDelayMs, maxTotalMs } = defaults.retry;

/** The retry limits in words, from the submitter's defaults so the page follows the code. */
const retryLimits =
  `up to ${maxRetries} times, waiting about ${baseDelayMs / 1000} s before the first retry and twice as long before each ` +
  `next one (at most ${maxDelayMs / 1000} s at a time, ${maxTotalMs / 60_000} minutes in all). ` +
  'If the limits run out, the run stops and the records go again on the next run.';

export const statusCodes: readonly StatusCode[] = [
  {
    status: '200',
    dfeDescription: 'Data received',
    meaning:
      'The batch was accepted. The DfE documents the body as one receipt ID. In practice it has been a list with one receipt per record, in the order sent, such as 2025-04-02_09:04:19.87_62268a7d-e34f-4de0-8eef-f4c407965147.json (date, time in hundredths of a second, a UUID).',
    handling: 'record-receipts',
    submitter: 'Records each child as sent, with its receipt.',
  },
  {
    status: '204',
    dfeDescription: 'No content',
    meaning:
      'No receipt came back. The DfE does not say when this happens, so it is not clear whether the records were stored. An empty list is the likely cause.',
    handling: 'stop-run',
    submitter:
      'Does not retry. Records the batch as not confirmed and stops the run, so no more records go without receipts; they are sent again on the next run.',
  },
  {
    status: '400',
    dfeDescription: 'Payload was malformed',
    meaning:
      'The whole batch was rejected: no record in it was stored. The body of the answer is not documented; it may name records by their position, such as [3].',
    handling: 'split-and-resend',
    submitter:
      'Splits the batch and resends it in parts: the records the answer names go alone, the rest together, so every record the DfE accepts is still sent. A record refused on its own is recorded as an error, with the DfE’s answer. If a whole batch and its first record alone get the same answer naming no record, the problem is not in the records, and the run stops.',
  },
  {
    status: '401',
    dfeDescription: 'Unauthorized Access',
    meaning: 'The token or the SupplierKey was not accepted, or the token has expired.',
    handling: 'fresh-token-once',
    submitter: 'Gets a fresh token and tries once more. If that is refused too, the run stops.',
  },
  {
    status: '403',
    dfeDescription: 'Forbidden Access',
    meaning:
      'The credentials are not allowed to send for this LA code, the DfE has not set your authority to Active, or your server’s address is not on the DfE’s allow-list.',
    handling: 'stop-run',
    submitter: 'Does not retry. Stops the run.',
  },
  {
    status: '407',
    dfeDescription: null,
    meaning: 'Your own proxy server wants a user name and password. The request did not reach the DfE.',
    handling: 'stop-run',
    submitter: 'Does not retry. Stops the run.',
  },
  {
    status: '408',
    dfeDescription: null,
    meaning: 'A proxy or gateway gave up waiting. The batch may or may not have arrived.',
    handling: 'stop-run',
    submitter: 'Does not retry. Stops the run; the records are sent again on the next run.',
  },
  {
    status: '413',
    dfeDescription: 'Too many records',
    meaning: 'The batch has more records than the API takes in one request.',
    handling: 'split-and-resend',
    submitter:
      'Splits the batch in half and sends each half, again until the DfE takes them. A single record still refused is recorded as an error.',
  },
  {
    status: '429',
    dfeDescription: 'Too many requests',
    meaning: 'Requests are arriving faster than the API allows. The DfE has not published its limits.',
    handling: 'retry-with-backoff',
    submitter: `Waits (as long as a Retry-After header asks, if there is one) and tries again, ${retryLimits}`,
  },
  {
    status: '5xx',
    dfeDescription: null,
    meaning:
      'A problem at the DfE’s end or on the way, not in your data. The batch may have arrived even though no receipt came back.',
    handling: 'retry-with-backoff',
    submitter: `Notes that the batch may have arrived, waits and tries again, ${retryLimits}`,
  },
];
