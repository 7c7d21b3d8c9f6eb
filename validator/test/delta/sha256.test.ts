// The browser's SHA-256 (plain TypeScript) gives the same hashes as Node's, so a plan made on the compare
// page and one made by csc-api agree, and state files made before the move keep their meaning.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashRecord } from '../../src/delta/hash-record.ts';
import { sha256Base64url, sha256InScript } from '../../src/delta/sha256.ts';
import { generate } from '../../src/generate/index.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

describe('sha256InScript', () => {
  it('matches node:crypto at every length around the block and padding edges, and for text beyond ASCII', () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length);
      expect(sha256InScript(text), `length ${length}`).toBe(nodeSha256(text));
    }
    for (const text of ['Zoë Brontë', '名前', '😀 emoji', '\u0000\uffff', 'a'.repeat(100_000)])
      expect(sha256InScript(text)).toBe(nodeSha256(text));
  });

  it('matches node:crypto on the canonical text of generated records', () => {
    const records = [1, 2, 3].flatMap((seed) =>
      generate({ count: 150, seed, today: new Date('2026-06-01') }),
    );
    for (const record of records) {
      const text = JSON.stringify(record);
      expect(sha256InScript(text)).toBe(nodeSha256(text));
    }
  });

  it("is what hashRecord uses: the hash of the record's canonical JSON, in Node and in the browser alike", () => {
    expect(sha256Base64url('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    for (const record of generate({ count: 50, seed: 9, today: new Date('2026-06-01') })) {
      expect(hashRecord(record, new Set())).toBe(sha256InScript(canonicalJson(record, new Set(), '')));
    }
  });
});
