// Looks a host name up in DNS, giving up after a timeout: a broken resolver can otherwise hang for
// minutes. Runs in Node.
import { lookup } from 'node:dns/promises';

export async function lookupHost(hostname: string, timeoutMs: number): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('no answer'), { code: 'TIMEOUT' })), timeoutMs);
  });
  try {
    const addresses = await Promise.race([lookup(hostname.replace(/^\[|\]$/g, ''), { all: true }), timeout]);
    return addresses.map((address) => address.address);
  } finally {
    clearTimeout(timer);
  }
}
