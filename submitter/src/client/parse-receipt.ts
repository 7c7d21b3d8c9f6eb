// Reads the DfE's 200 response body defensively into one receipt per record. Runs anywhere.
// Observed shape: a JSON array with one `YYYY-MM-DD_HH:MM:SS.ff_<uuid>` string per record, in order,
// sometimes ending `.json`. The OpenAPI file instead says a single uuid string. Anything else is an error.

export interface Receipt {
  /** The token exactly as the DfE returned it. */
  token: string;
  uuid: string;
  /** ISO timestamp from the token, when it carries one. */
  receivedAt: string | null;
}

export type ReceiptResult = { ok: true; receipts: Receipt[] } | { ok: false; problem: string };

const uuidPattern = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const tokenPattern = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2})_(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?)_(${uuidPattern})(?:\\.json)?$`,
);
const bareUuidPattern = new RegExp(`^(${uuidPattern})(?:\\.json)?$`);

export function parseReceiptToken(token: string): Receipt | null {
  const trimmed = token.trim();
  const full = tokenPattern.exec(trimmed);
  if (full)
    return { token: trimmed, uuid: (full[3] as string).toLowerCase(), receivedAt: `${full[1]}T${full[2]}Z` };
  const bare = bareUuidPattern.exec(trimmed);
  if (bare) return { token: trimmed, uuid: (bare[1] as string).toLowerCase(), receivedAt: null };
  return null;
}

/** `redact` masks secrets in the text a problem quotes, before it is cut short (a cut secret would escape it). */
export function parseReceipts(
  body: string,
  recordCount: number,
  redact: (text: string) => string,
): ReceiptResult {
  const tokens = readTokens(body);
  if (tokens === null)
    return { ok: false, problem: `the response body is not a receipt: ${preview(redact(body))}` };
  const receipts: Receipt[] = [];
  for (const token of tokens) {
    const receipt = parseReceiptToken(token);
    if (receipt === null) return { ok: false, problem: `"${preview(redact(token))}" is not a receipt` };
    receipts.push(receipt);
  }
  // A single bare uuid for the whole request is the documented shape: it confirms every record in it.
  // A single timestamped token is the per-record shape, so for several records it is a count mismatch.
  if (receipts.length === 1 && recordCount > 1 && receipts[0]?.receivedAt === null) {
    return { ok: true, receipts: Array.from({ length: recordCount }, () => receipts[0] as Receipt) };
  }
  if (receipts.length !== recordCount) {
    return {
      ok: false,
      problem: `the DfE returned ${receipts.length} receipt${receipts.length === 1 ? '' : 's'} for ${recordCount} records, so it is not clear which records were stored`,
    };
  }
  return { ok: true, receipts };
}

function readTokens(body: string): string[] | null {
  const trimmed = body.trim();
  if (trimmed === '') return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (typeof parsed === 'string') return [parsed];
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => typeof item === 'string'))
      return parsed;
    return null;
  } catch {
    // Plain text: tokens separated by whitespace, as some gateways render a list.
    return trimmed.split(/\s+/);
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
