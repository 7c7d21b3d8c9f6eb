import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { maskTokenLike } from './mask-token-like.ts';
import { redactingStream } from './redacting-stream.ts';
import { Redactor } from './redactor.ts';

describe('Redactor', () => {
  it('masks a secret as typed, URL-encoded, form-encoded and JSON-escaped', () => {
    const redactor = new Redactor();
    const secret = 'a+b/c d"e&f';
    redactor.add('CLIENT_SECRET', secret);
    const text = [
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString(),
      JSON.stringify({ s: secret }),
    ].join(' | ');
    const result = redactor.redact(text);
    expect(result).not.toContain(secret);
    expect(result).not.toContain(encodeURIComponent(secret));
    expect(result).not.toContain('a%2Bb%2Fc+d');
    expect(result.match(/\[redacted CLIENT_SECRET\]/g)?.length).toBe(4);
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const redactor = new Redactor();
    redactor.add('short', 'abcd');
    redactor.add('long', 'abcdefgh');
    expect(redactor.redact('x abcdefgh y abcd')).toBe('x [redacted long] y [redacted short]');
  });

  it('ignores values too short to mask sensibly', () => {
    const redactor = new Redactor();
    redactor.add('tiny', 'ab');
    redactor.add('missing', undefined);
    expect(redactor.size).toBe(0);
    expect(redactor.redact('ab ab')).toBe('ab ab');
  });

  it('redacts what passes through a wrapped stream and keeps isTTY', () => {
    const chunks: string[] = [];
    const target = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          chunks.push(chunk.toString());
          done();
        },
      }),
      { isTTY: true },
    );
    const redactor = new Redactor();
    const stream = redactingStream(target, redactor);
    redactor.add('SUPPLIER_KEY', 'key-123456');
    stream.write('using key-123456 now\n');
    expect(chunks.join('')).toBe('using [redacted SUPPLIER_KEY] now\n');
    expect(stream.isTTY).toBe(true);
  });
});

describe('maskTokenLike', () => {
  it('masks bearer tokens and JSON Web Tokens, and leaves other text alone', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    expect(maskTokenLike(`"authorization":"Bearer abc.DEF-123_~+/=="`)).toBe(
      '"authorization":"Bearer [redacted token]"',
    );
    expect(maskTokenLike(`token ${jwt} end`)).toBe('token [redacted token] end');
    expect(maskTokenLike('The DfE rejected the batch (400).')).toBe('The DfE rejected the batch (400).');
  });
});
