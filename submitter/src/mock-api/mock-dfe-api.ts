// A local look-alike of the DfE CSC API and its OAuth token endpoint, with switchable faults.
// Tests use it as a real HTTP server on loopback; LAs can use it for phase-1 trial runs. Runs in Node.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  defaultStandingFaults,
  type OneShot,
  type OneShotFault,
  type StandingFaults,
} from './mock-faults.ts';
import { readBody, sendJson as send, sleep } from './mock-http.ts';
import { type MockCredentials, MockTokenEndpoint } from './mock-token-endpoint.ts';

export interface MockOptions {
  /** When set, only these credentials are accepted; otherwise any non-empty values are. */
  credentials?: MockCredentials;
  /** When set, only this LA code is accepted in the path (others get a 403). */
  laCode?: string;
  tokenLifetimeSeconds?: number;
  now?: () => Date;
}

export interface ReceivedRecord {
  laChildId: string;
  record: Record<string, unknown>;
  receipt: string;
}

/** One request to the children endpoint, as the mock saw it. */
export interface MockRequest {
  status: number | 'reset';
  recordCount: number;
  stored: boolean;
}

/** The API lives under /api, as the real one lives under its own base path: a wrong API_ENDPOINT gets a 404. */
const childrenPath = /^\/api\/children_social_care_data\/(\d{1,3})\/children$/;
const laChildIdPattern = /^[A-Za-z0-9]{1,20}$/;

export class MockDfeApi {
  readonly #options: MockOptions;
  readonly #server: Server;
  readonly #tokenEndpoint: MockTokenEndpoint;
  #queue: { fault: OneShotFault; remaining: number }[] = [];
  standing: StandingFaults = { ...defaultStandingFaults, rejectChildIds: [] };
  /** Every record the mock accepted, in order; a child appears once per time it was stored. */
  readonly received: ReceivedRecord[] = [];
  readonly requests: MockRequest[] = [];

  constructor(options: MockOptions = {}) {
    this.#options = options;
    this.#tokenEndpoint = new MockTokenEndpoint({
      ...(options.credentials ? { credentials: options.credentials } : {}),
      lifetimeSeconds: options.tokenLifetimeSeconds ?? 3599,
      now: () => this.#now(),
    });
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) send(response, 500, { error: String(error) });
      });
    });
    // Keep-alive sockets would hold `close()` open; the real API's gateway closes idle ones too.
    this.#server.keepAliveTimeout = 1000;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => resolve());
    });
    return this.origin;
  }

  get origin(): string {
    const address = this.#server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
  }

  /** What to put in API_ENDPOINT and TOKEN_ENDPOINT to talk to this mock. */
  get endpoints(): { apiEndpoint: string; tokenEndpoint: string } {
    return { apiEndpoint: `${this.origin}/api`, tokenEndpoint: `${this.origin}/oauth2/v2.0/token` };
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Queues faults for the next requests to the children endpoint. */
  queue(...faults: OneShot[]): void {
    for (const { fault, times } of faults) this.#queue.push({ fault, remaining: times ?? 1 });
  }

  /** Drops every queued fault. */
  clearQueue(): void {
    this.#queue = [];
  }

  /** Every access token handed out (tests search their output for these). */
  get issuedTokens(): readonly string[] {
    return this.#tokenEndpoint.issued;
  }

  get tokenRequests(): number {
    return this.#tokenEndpoint.requests;
  }

  /** How many times each child was stored. */
  receivedCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { laChildId } of this.received) counts.set(laChildId, (counts.get(laChildId) ?? 0) + 1);
    return counts;
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  #nextFault(): OneShotFault | null {
    const next = this.#queue[0];
    if (next === undefined) return null;
    next.remaining -= 1;
    if (next.remaining <= 0) this.#queue.shift();
    return next.fault;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://mock');
    const body = await readBody(request);
    if (url.pathname.endsWith('/token')) {
      const answer = this.#tokenEndpoint.answer(request.method, body, this.standing.failTokensAfter);
      send(response, answer.status, answer.body);
      return;
    }
    const match = childrenPath.exec(url.pathname);
    if (match) {
      await this.#children(request, match[1] as string, body, response);
      return;
    }
    if (url.pathname === '/__mock/status' && request.method === 'GET') {
      send(response, 200, {
        received: this.received.length,
        requests: this.requests.length,
        tokenRequests: this.tokenRequests,
      });
      return;
    }
    send(response, 404, { error: 'Resource not found' });
  }

  async #children(
    request: IncomingMessage,
    laCode: string,
    body: string,
    response: ServerResponse,
  ): Promise<void> {
    const log = (status: number | 'reset', recordCount: number, stored: boolean) =>
      this.requests.push({ status, recordCount, stored });
    if (request.method !== 'POST') {
      send(response, 405, { message: 'Method not allowed' });
      return;
    }
    const fault = this.#nextFault();
    if (fault?.type === 'expire-tokens') this.#tokenEndpoint.expireAll();
    if (this.standing.latencyMs > 0) await sleep(this.standing.latencyMs);
    // A queued status answers before any checks, as a gateway in front of the API would.
    if (fault?.type === 'status') {
      log(fault.status, 0, false);
      response.writeHead(fault.status, {
        'Content-Type': 'application/json',
        ...(fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter }),
      });
      response.end(
        fault.body ??
          JSON.stringify({ statusCode: fault.status, message: 'Fault injected by the mock API.' }),
      );
      return;
    }
    const authorisation = request.headers.authorization ?? '';
    const token = authorisation.startsWith('Bearer ') ? authorisation.slice(7) : '';
    const supplierKey = request.headers.supplierkey;
    const expected = this.#options.credentials;
    if (
      typeof supplierKey !== 'string' ||
      supplierKey === '' ||
      (expected && supplierKey !== expected.supplierKey)
    ) {
      log(401, 0, false);
      send(response, 401, { statusCode: 401, message: 'Access denied due to missing or wrong SupplierKey.' });
      return;
    }
    if (!this.#tokenEndpoint.isLive(token)) {
      log(401, 0, false);
      send(response, 401, { statusCode: 401, message: 'Unauthorized. Access token is missing or invalid.' });
      return;
    }
    if (
      this.standing.forbidden ||
      (this.#options.laCode !== undefined && laCode.padStart(3, '0') !== this.#options.laCode)
    ) {
      log(403, 0, false);
      send(response, 403, { statusCode: 403, message: 'Forbidden.' });
      return;
    }
    if (fault?.type === 'reset' && !fault.afterStore) {
      log('reset', 0, false);
      request.socket.destroy();
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      log(415, 0, false);
      send(response, 415, { message: 'Content-Type must be application/json.' });
      return;
    }
    let records: unknown;
    try {
      records = JSON.parse(body);
    } catch {
      log(400, 0, false);
      send(response, 400, { message: 'Payload was malformed: the body is not JSON.' });
      return;
    }
    if (!Array.isArray(records)) {
      log(400, 0, false);
      send(response, 400, { message: 'Payload was malformed: the body must be a JSON array.' });
      return;
    }
    if (records.length === 0) {
      log(204, 0, false);
      response.writeHead(204).end();
      return;
    }
    if (records.length > this.standing.maxRecords) {
      log(413, records.length, false);
      send(response, 413, {
        message: `Too many records: ${records.length}; at most ${this.standing.maxRecords}.`,
      });
      return;
    }
    const problems: string[] = [];
    for (const [index, record] of records.entries()) {
      const id = (record as { la_child_id?: unknown } | null)?.la_child_id;
      if (typeof id !== 'string' || !laChildIdPattern.test(id))
        problems.push(`$[${index}].la_child_id: must be 1 to 20 letters or digits.`);
      else if (this.standing.rejectChildIds.includes(id))
        problems.push(`$[${index}].child_details: the record was rejected by the mock API.`);
    }
    if (problems.length > 0) {
      log(400, records.length, false);
      send(response, 400, { statusCode: 400, message: 'Payload was malformed.', errors: problems });
      return;
    }
    const receipts = records.map((record) => {
      const receipt = `${receiptTime(this.#now())}_${randomUUID()}.json`;
      this.received.push({
        laChildId: (record as { la_child_id: string }).la_child_id,
        record: record as Record<string, unknown>,
        receipt,
      });
      return receipt;
    });
    if (fault?.type === 'reset') {
      log('reset', records.length, true);
      request.socket.destroy();
      return;
    }
    if (fault?.type === 'delay') await sleep(fault.ms);
    log(200, records.length, true);
    if (fault?.type === 'malformed-receipt') {
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<html><body>Request accepted</body></html>');
      return;
    }
    if (fault?.type === 'short-receipt') {
      send(response, 200, receipts.slice(1));
      return;
    }
    send(response, 200, this.standing.receiptStyle === 'single-uuid' ? randomUUID() : receipts);
  }
}

function receiptTime(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)}_${iso.slice(11, 19)}.${iso.slice(20, 22)}`;
}
