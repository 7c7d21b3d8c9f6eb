// SHA-256 of text, as base64url, the same in Node and in the browser. Delta planning is synchronous and
// Web Crypto's digest is not, so the browser uses the plain TypeScript digest below (FIPS 180-4); Node
// uses its own native one, which is several times faster, through process.getBuiltinModule, so no bundle
// for the browser ever imports node:crypto. validator/test/delta/sha256.test.ts proves the two agree.
// Runs anywhere.

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string): { digest(encoding: 'base64url'): string } };
}

function primes(count: number): number[] {
  const found: number[] = [];
  for (let n = 2; found.length < count; n++) if (found.every((p) => n % p !== 0)) found.push(n);
  return found;
}

/** The first 32 bits of the fractional part: how the standard derives its constants from primes. */
function fractionBits(root: number): number {
  return ((root - Math.floor(root)) * 2 ** 32) >>> 0;
}

const roundConstants = Int32Array.from(primes(64), (p) => fractionBits(Math.cbrt(p)));
const initialHash = Int32Array.from(primes(8), (p) => fractionBits(Math.sqrt(p)));
const schedule = new Int32Array(64);
const state = new Int32Array(8);
const encoder = new TextEncoder();
/** Reused between calls: hashing a record allocates nothing but its digest. */
let message = new Uint8Array(64 * 1024);

const rotate = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function compress(bytes: Uint8Array, offset: number): void {
  const w = schedule;
  for (let t = 0, i = offset; t < 16; t++, i += 4)
    w[t] =
      ((bytes[i] as number) << 24) |
      ((bytes[i + 1] as number) << 16) |
      ((bytes[i + 2] as number) << 8) |
      (bytes[i + 3] as number);
  for (let t = 16; t < 64; t++) {
    const a = w[t - 15] as number;
    const b = w[t - 2] as number;
    const s0 = rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3);
    const s1 = rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t++) {
    const t1 =
      (h +
        (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) +
        ((e & f) ^ (~e & g)) +
        (roundConstants[t] as number) +
        (w[t] as number)) |
      0;
    const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/** SHA-256 of the first `length` bytes of `message`, which has room for the padding after them. */
function digestMessage(length: number): Uint8Array {
  // The message, a 1 bit, zeros, and its length in bits as 64 bits, filling whole 64-byte blocks.
  const padded = Math.ceil((length + 9) / 64) * 64;
  message[length] = 0x80;
  message.fill(0, length + 1, padded - 8);
  const view = new DataView(message.buffer, padded - 8, 8);
  view.setUint32(0, Math.floor(length / 2 ** 29));
  view.setUint32(4, (length * 8) >>> 0);
  state.set(initialHash);
  for (let offset = 0; offset < padded; offset += 64) compress(message, offset);
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) out.setInt32(i * 4, state[i] as number);
  return digest;
}

function makeRoom(bytes: number): void {
  if (message.length < bytes) message = new Uint8Array(Math.max(bytes, message.length * 2));
}

/** SHA-256 of some bytes, in plain TypeScript. */
export function sha256Bytes(bytes: Uint8Array): Uint8Array {
  makeRoom(bytes.length + 72);
  message.set(bytes);
  return digestMessage(bytes.length);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** SHA-256 of text (as UTF-8) in base64url without padding, in plain TypeScript. */
export function sha256InScript(text: string): string {
  // UTF-8 takes at most 3 bytes for each UTF-16 unit of the text.
  makeRoom(text.length * 3 + 72);
  const { written } = encoder.encodeInto(text, message);
  return base64url(digestMessage(written));
}

const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** SHA-256 of text (as UTF-8) in base64url without padding: Node's native digest where there is one. */
export const sha256Base64url: (text: string) => string =
  nodeCrypto === undefined
    ? sha256InScript
    : (text) => nodeCrypto.createHash('sha256').update(text).digest('base64url');
