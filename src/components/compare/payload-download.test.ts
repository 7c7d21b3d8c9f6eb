import { describe, expect, it } from 'vitest';
import { payloadCommand, payloadDownloadText } from './payload-download.ts';

describe('payloadDownloadText', () => {
  it('holds each request body verbatim, in order, in a JSON document', () => {
    const requests = ['[{"la_child_id":"A","purge":true}]', '[{"b":2},{"c":3}]'];
    const text = payloadDownloadText({ command: payloadCommand(true, false), requests });
    const parsed = JSON.parse(text) as { command: string; requests: unknown[] };
    expect(parsed.command).toBe('csc-api run --mode delta --partial');
    expect(parsed.requests.map((body) => JSON.stringify(body))).toEqual(requests);
    expect(text).toContain(requests[1]);
    expect(JSON.parse(payloadDownloadText({ command: payloadCommand(false, true), requests: [] }))).toEqual({
      command: 'csc-api run --mode delta --confirm-deletions',
      requests: [],
    });
  });
});
