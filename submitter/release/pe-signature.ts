// Removes the Authenticode signature from a Windows executable. Node's node.exe is signed by the Node.js
// project; injecting csc-api changes the bytes, so the signature would no longer match and Windows would
// report it as corrupt. An unsigned file is the honest state until csc-api is signed itself.
// Runs in Node at build time.

const securityDirectoryIndex = 4;

/** The file offset and size of the certificate table, from the PE optional header's data directories. */
export function certificateTable(exe: Buffer): { entry: number; offset: number; size: number } {
  if (exe.toString('latin1', 0, 2) !== 'MZ') throw new Error('not a Windows executable (no MZ header)');
  const pe = exe.readUInt32LE(0x3c);
  if (exe.toString('latin1', pe, pe + 4) !== 'PE\0\0')
    throw new Error('not a Windows executable (no PE signature)');
  const optional = pe + 24;
  const pe32Plus = exe.readUInt16LE(optional) === 0x20b;
  const entry = optional + (pe32Plus ? 112 : 96) + securityDirectoryIndex * 8;
  return { entry, offset: exe.readUInt32LE(entry), size: exe.readUInt32LE(entry + 4) };
}

export function withoutSignature(exe: Buffer): Buffer {
  const { entry, offset, size } = certificateTable(exe);
  if (size === 0) return exe;
  if (offset + size !== exe.length) throw new Error('the certificate table is not at the end of the file');
  exe.writeUInt32LE(0, entry);
  exe.writeUInt32LE(0, entry + 4);
  return exe.subarray(0, offset);
}
