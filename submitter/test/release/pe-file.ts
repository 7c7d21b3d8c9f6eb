// Reads the few facts the release tests check in a Windows executable: machine type, sections and the
// strings in its resource section. Runs in Node under Vitest.

export interface PeFile {
  machine: number;
  sections: Map<string, Buffer>;
}

export function readPe(exe: Buffer): PeFile {
  if (exe.toString('latin1', 0, 2) !== 'MZ') throw new Error('no MZ header');
  const pe = exe.readUInt32LE(0x3c);
  if (exe.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error('no PE signature');
  const machine = exe.readUInt16LE(pe + 4);
  const count = exe.readUInt16LE(pe + 6);
  const optionalSize = exe.readUInt16LE(pe + 20);
  const sections = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const header = pe + 24 + optionalSize + i * 40;
    const name = exe.toString('latin1', header, header + 8).replace(/\0+$/, '');
    const rawSize = exe.readUInt32LE(header + 16);
    const rawOffset = exe.readUInt32LE(header + 20);
    sections.set(name, exe.subarray(rawOffset, rawOffset + rawSize));
  }
  return { machine, sections };
}

export const machineX64 = 0x8664;

export function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** A string value of the version resource (for example ProductName), or undefined. */
export function versionString(resources: Buffer, key: string): string | undefined {
  const at = resources.indexOf(utf16(`${key}\0`));
  if (at < 0) return undefined;
  // The value follows the key's NUL after padding to a 32-bit boundary of the structure: skip NUL words.
  let start = at + (key.length + 1) * 2;
  while (start + 1 < resources.length && resources.readUInt16LE(start) === 0) start += 2;
  let end = start;
  while (end + 1 < resources.length && resources.readUInt16LE(end) !== 0) end += 2;
  return resources.toString('utf16le', start, end);
}
