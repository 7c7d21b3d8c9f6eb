// The faults the mock DfE API can be told to produce, for tests and for LAs' own trial runs. Runs anywhere.

/** A fault for the next request(s) to the children endpoint, used up in order. */
export type OneShotFault =
  | { type: 'status'; status: number; retryAfter?: string; body?: string }
  /** Close the connection without an answer; with `afterStore` the records were stored first. */
  | { type: 'reset'; afterStore?: boolean }
  /** Store the records, then wait this long before answering (longer than the client timeout = ambiguous). */
  | { type: 'delay'; ms: number }
  /** Reject every token issued so far, as if they had expired: the request gets a 401. */
  | { type: 'expire-tokens' }
  /** Store the records and answer 200 with a body that is not a receipt. */
  | { type: 'malformed-receipt' }
  /** Store the records and answer 200 with one receipt too few. */
  | { type: 'short-receipt' };

export interface OneShot {
  fault: OneShotFault;
  /** How many requests it applies to (default 1). */
  times?: number;
}

/** Faults that hold until changed. */
export interface StandingFaults {
  /** Added before every answer. */
  latencyMs: number;
  /** Batches containing any of these children get a 400 naming the record. */
  rejectChildIds: string[];
  /** Batches larger than this get a 413 (the real limit is 100). */
  maxRecords: number;
  /** `tokens`: one `YYYY-MM-DD_HH:MM:SS.ff_<uuid>.json` per record (observed); `single-uuid`: one uuid (as documented). */
  receiptStyle: 'tokens' | 'single-uuid';
  /** Every request gets a 403. */
  forbidden: boolean;
  /** After this many tokens, the token endpoint answers 503 (null: never). */
  failTokensAfter: number | null;
}

export const defaultStandingFaults: StandingFaults = {
  latencyMs: 0,
  rejectChildIds: [],
  maxRecords: 100,
  receiptStyle: 'tokens',
  forbidden: false,
  failTokensAfter: null,
};

/** Reads `--fault` values such as `429`, `500x3`, `429:2` (Retry-After 2 s), `reset`, `delay:5000`, `expire-tokens`. */
export function parseFaultSpec(spec: string): OneShot | null {
  const match = /^(.+?)(?:x(\d+))?$/.exec(spec.trim());
  if (!match) return null;
  const body = match[1] as string;
  const times = match[2] === undefined ? 1 : Number(match[2]);
  if (times < 1) return null;
  const [name, argument] = body.split(':') as [string, string | undefined];
  if (/^\d{3}$/.test(name)) {
    return {
      fault: {
        type: 'status',
        status: Number(name),
        ...(argument === undefined ? {} : { retryAfter: argument }),
      },
      times,
    };
  }
  switch (name) {
    case 'reset':
      return { fault: { type: 'reset', afterStore: argument === 'after-store' }, times };
    case 'delay': {
      const ms = Number(argument);
      return Number.isFinite(ms) && ms >= 0 ? { fault: { type: 'delay', ms }, times } : null;
    }
    case 'expire-tokens':
      return { fault: { type: 'expire-tokens' }, times };
    case 'malformed-receipt':
      return { fault: { type: 'malformed-receipt' }, times };
    case 'short-receipt':
      return { fault: { type: 'short-receipt' }, times };
    default:
      return null;
  }
}
