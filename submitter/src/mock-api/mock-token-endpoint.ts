// The mock's OAuth token endpoint: the client-credentials grant as the DfE's identity provider answers
// it, with the tokens it issued and when each expires. Runs in Node.
import { randomBytes } from 'node:crypto';

export interface MockCredentials {
  clientId: string;
  clientSecret: string;
  supplierKey: string;
}

export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

export class MockTokenEndpoint {
  /** Each live token with the time (ms) it expires. */
  readonly #expiries = new Map<string, number>();
  /** Every access token handed out (tests search their output for these). */
  readonly issued: string[] = [];
  requests = 0;
  readonly options: { credentials?: MockCredentials; lifetimeSeconds: number; now: () => Date };

  constructor(options: MockTokenEndpoint['options']) {
    this.options = options;
  }

  /** Answers one request; `failAfter` is how many tokens are issued before the endpoint fails (null: never). */
  answer(method: string | undefined, body: string, failAfter: number | null): TokenAnswer {
    this.requests += 1;
    if (method !== 'POST') return refusal(405, 'invalid_request', 'Use POST.');
    if (failAfter !== null && this.issued.length >= failAfter)
      return refusal(503, 'temporarily_unavailable', 'Fault injected by the mock API.');
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials')
      return refusal(400, 'unsupported_grant_type', 'grant_type must be client_credentials.');
    const clientId = form.get('client_id') ?? '';
    const clientSecret = form.get('client_secret') ?? '';
    const expected = this.options.credentials;
    if (
      clientId === '' ||
      clientSecret === '' ||
      (expected && (clientId !== expected.clientId || clientSecret !== expected.clientSecret))
    )
      return refusal(401, 'invalid_client', 'The client ID or secret is not recognised.');
    if (!(form.get('scope') ?? '').endsWith('/.default'))
      return refusal(400, 'invalid_scope', 'The scope must end in /.default.');
    const token = randomBytes(24).toString('base64url');
    const lifetime = this.options.lifetimeSeconds;
    this.#expiries.set(token, this.options.now().getTime() + lifetime * 1000);
    this.issued.push(token);
    return { status: 200, body: { token_type: 'Bearer', expires_in: lifetime, access_token: token } };
  }

  /** Whether a bearer token was issued here and has not expired. */
  isLive(token: string): boolean {
    const expiry = this.#expiries.get(token);
    return expiry !== undefined && expiry > this.options.now().getTime();
  }

  /** Expires every token at once, as a key rotation would. */
  expireAll(): void {
    this.#expiries.clear();
  }
}

function refusal(status: number, error: string, description: string): TokenAnswer {
  return { status, body: { error, error_description: description } };
}
