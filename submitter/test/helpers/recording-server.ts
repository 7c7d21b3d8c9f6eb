// A loopback HTTP server that keeps every request it gets (method, path, headers, body) and answers
// with whatever the test's handler says: a redirect, an echo of the request, a short-lived token.
// Runs in Node under Vitest.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface RecordingServer {
  origin: string;
  requests: RecordedRequest[];
  /** Everything that reached the server, as one text, to search for secrets. */
  everything(): string;
  close(): Promise<void>;
}

export async function startRecordingServer(
  answer: (request: RecordedRequest) => Answer = () => ({ status: 200, body: '"ok"' }),
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const { status, headers = {}, body = '' } = answer(recorded);
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    everything: () => JSON.stringify(requests),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A server that answers every request with `status`, pointing at the same path on `targetOrigin`. */
export function startRedirectingServer(status: number, targetOrigin: string): Promise<RecordingServer> {
  return startRecordingServer((request) => ({
    status,
    headers: { Location: `${targetOrigin}${request.path}` },
    body: 'moved',
  }));
}
