// Wraps an output stream so every chunk passes through the redactor first. Runs in Node.
import { Writable } from 'node:stream';
import type { Redactor } from './redactor.ts';

export type OutputStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export function redactingStream(target: OutputStream, redactor: Redactor): OutputStream {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      target.write(redactor.redact(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = target.isTTY === true;
  if (target.columns !== undefined) stream.columns = target.columns;
  return stream;
}
