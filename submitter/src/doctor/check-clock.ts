// Compares this machine's clock with the Date header of a server, because tokens are rejected
// when the clock is far out. Runs in Node.
import { describeRedirect, isRedirect } from '../client/describe-redirect.ts';

export interface ClockResult {
  ok: boolean;
  skewSeconds: number | null;
  detail: string;
  /** The server answered with a redirect (not followed): the address setting is wrong, whatever the clock. */
  redirected: boolean;
}

/** Tokens carry not-before and expiry times; a few minutes of drift already causes 401s. */
const allowedSkewSeconds = 60;

/** `setting` names where the address came from, for the advice when the server redirects. */
export async function checkClock(
  url: string,
  setting: string,
  fetch: typeof globalThis.fetch,
  now: () => Date,
  timeoutMs: number,
): Promise<ClockResult> {
  try {
    const sentAt = now().getTime();
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    const receivedAt = now().getTime();
    if (isRedirect(response.status)) {
      return {
        ok: false,
        skewSeconds: null,
        redirected: true,
        detail: describeRedirect(response.status, response.headers.get('location'), url, setting),
      };
    }
    const header = response.headers.get('date');
    if (header === null)
      return {
        ok: true,
        skewSeconds: null,
        redirected: false,
        detail: `${new URL(url).host} sent no Date header, so the clock was not compared`,
      };
    const serverTime = Date.parse(header);
    // The server's clock reading falls somewhere in the round trip; compare with its middle.
    const skew = Math.round((sentAt + (receivedAt - sentAt) / 2 - serverTime) / 1000);
    const ok = Math.abs(skew) <= allowedSkewSeconds;
    const direction = skew > 0 ? 'ahead of' : 'behind';
    return {
      ok,
      skewSeconds: skew,
      redirected: false,
      detail: ok
        ? `this machine's clock is within ${allowedSkewSeconds} seconds of ${new URL(url).host} (${skew} s)`
        : `this machine's clock is ${Math.abs(skew)} seconds ${direction} ${new URL(url).host}; tokens may be refused. Ask IT to set up time synchronisation (NTP).`,
    };
  } catch (error) {
    return {
      ok: false,
      skewSeconds: null,
      redirected: false,
      detail: `could not reach ${new URL(url).host} to compare clocks: ${(error as Error).message}`,
    };
  }
}
