import { describe, expect, it } from 'vitest';
import { parseReceipts, parseReceiptToken } from './parse-receipt.ts';

const keep = (text: string) => text;
const uuid = (n: number) => `62268a7d-e34f-4de0-8eef-f4c40796514${n}`;

describe('parseReceipts', () => {
  it('reads one timestamped token per record, in order, with or without .json', () => {
    const body = JSON.stringify([
      `2025-04-02_09:04:19.87_${uuid(1)}.json`,
      `2025-04-02_09:04:19.88_${uuid(2)}`,
    ]);
    const result = parseReceipts(body, 2, keep);
    expect(result).toEqual({
      ok: true,
      receipts: [
        {
          token: `2025-04-02_09:04:19.87_${uuid(1)}.json`,
          uuid: uuid(1),
          receivedAt: '2025-04-02T09:04:19.87Z',
        },
        { token: `2025-04-02_09:04:19.88_${uuid(2)}`, uuid: uuid(2), receivedAt: '2025-04-02T09:04:19.88Z' },
      ],
    });
  });

  it('applies a single bare uuid (the documented shape) to every record', () => {
    const result = parseReceipts(JSON.stringify(uuid(3)), 3, keep);
    expect(result.ok && result.receipts.map((r) => r.uuid)).toEqual([uuid(3), uuid(3), uuid(3)]);
  });

  it('reads whitespace-separated tokens in a plain-text body', () => {
    const result = parseReceipts(
      `2025-04-02_09:04:19.87_${uuid(1)}.json\n2025-04-02_09:04:19.87_${uuid(2)}.json`,
      2,
      keep,
    );
    expect(result.ok).toBe(true);
  });

  it('treats a count mismatch as an error, never a success', () => {
    const body = JSON.stringify([`2025-04-02_09:04:19.87_${uuid(1)}.json`]);
    const result = parseReceipts(body, 2, keep);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('1 receipt for 2 records') });
  });

  it('rejects bodies that are not receipts', () => {
    expect(parseReceipts('', 1, keep).ok).toBe(false);
    expect(parseReceipts('<html>accepted</html>', 1, keep).ok).toBe(false);
    expect(parseReceipts('{"status":"ok"}', 1, keep).ok).toBe(false);
    expect(parseReceipts('[]', 1, keep).ok).toBe(false);
    expect(parseReceipts('["not-a-receipt"]', 1, keep).ok).toBe(false);
  });

  it('masks secrets in the body it quotes before cutting the quote short', () => {
    const secret = 'token-value-1234567890';
    const body = JSON.stringify({ padding: 'x'.repeat(70), authorization: `Bearer ${secret}` });
    const result = parseReceipts(body, 1, (text) => text.replaceAll(secret, '[redacted]'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).not.toContain(secret.slice(0, 8));
  });

  it('accepts between one and six fractional digits', () => {
    expect(parseReceiptToken(`2025-04-02_09:04:19.8_${uuid(1)}`)).not.toBeNull();
    expect(parseReceiptToken(`2025-04-02_09:04:19.875123_${uuid(1)}.json`)).not.toBeNull();
    expect(parseReceiptToken(`2025-04-02_09:04:19.8751234_${uuid(1)}`)).toBeNull();
  });
});
