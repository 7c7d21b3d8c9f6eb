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
const encoder = new TextEncoder();

const rotate = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function compress(state: Int32Array, view: DataView, offset: number): void {
  const w = schedule;
  for (let t = 0; t < 16; t++) w[t] = view.getInt32(offset + t * 4);
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
  const next = [a, b, c, d, e, f, g, h];
  for (let i = 0; i < 8; i++) state[i] = ((state[i] as number) + (next[i] as number)) | 0;
}

/** SHA-256 of some bytes, in plain TypeScript. */
export function sha256Bytes(bytes: Uint8Array): Uint8Array {
  // The message, a 1 bit, zeros, and its length in bits as 64 bits, filling whole 64-byte blocks.
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
  const state = Int32Array.from(initialHash);
  for (let offset = 0; offset < padded.length; offset += 64) compress(state, view, offset);
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) out.setInt32(i * 4, state[i] as number);
  return digest;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** SHA-256 of text (as UTF-8) in base64url without padding, in plain TypeScript. */
export function sha256InScript(text: string): string {
  return base64url(sha256Bytes(encoder.encode(text)));
}

const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** SHA-256 of text (as UTF-8) in base64url without padding: Node's native digest where there is one. */
export const sha256Base64url: (text: string) => string =
  nodeCrypto === undefined
    ? sha256InScript
    : (text) => nodeCrypto.createHash('sha256').update(text).digest('base64url');
