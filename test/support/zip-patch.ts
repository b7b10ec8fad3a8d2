/**
 * Rewrites fields of existing zip entries in place (local header and central
 * directory both), to make archives a well-behaved writer refuses to make:
 * members named '../x' or '/x', or a member whose stored bytes are really a
 * deflate stream of a huge size. Names must keep their byte length.
 */
import { open } from 'node:fs/promises';

export interface EntryPatch {
  name?: string;
  method?: 0 | 8;
  crc32?: number;
  uncompressedSize?: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

export async function patchZipEntries(file: string, patches: Record<string, EntryPatch>): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${file}: no end of central directory`);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new Error(`${file}: zip64 archives are not supported here`);
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);

    const pending = new Set(Object.keys(patches));
    for (let p = 0; p < cd.length; ) {
      if (cd.readUInt32LE(p) !== CENTRAL_SIG) throw new Error(`${file}: bad central directory at ${cdOffset + p}`);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      const patch = patches[name];
      if (patch) {
        pending.delete(name);
        const local = Buffer.alloc(30 + nameLen);
        await fh.read(local, 0, local.length, localOffset);
        if (local.readUInt32LE(0) !== LOCAL_SIG || local.toString('utf8', 30) !== name) {
          throw new Error(`${file}: local header of ${name} not where the central directory says`);
        }
        if (patch.name !== undefined) {
          const newName = Buffer.from(patch.name, 'utf8');
          if (newName.length !== nameLen) throw new Error(`renaming ${name} to ${patch.name} changes its length`);
          newName.copy(cd, p + 46);
          newName.copy(local, 30);
        }
        if (patch.method !== undefined) {
          cd.writeUInt16LE(patch.method, p + 10);
          local.writeUInt16LE(patch.method, 8);
        }
        if (patch.crc32 !== undefined) {
          cd.writeUInt32LE(patch.crc32 >>> 0, p + 16);
          // with a data descriptor (bit 3) the local fields stay zero and the descriptor holds them
          if (!(local.readUInt16LE(6) & 0x8)) local.writeUInt32LE(patch.crc32 >>> 0, 14);
        }
        if (patch.uncompressedSize !== undefined) {
          cd.writeUInt32LE(patch.uncompressedSize, p + 24);
          if (!(local.readUInt16LE(6) & 0x8)) local.writeUInt32LE(patch.uncompressedSize, 22);
        }
        if ((patch.crc32 !== undefined || patch.uncompressedSize !== undefined) && local.readUInt16LE(6) & 0x8) {
          throw new Error(`${file}: ${name} has a data descriptor; patch an entry added from a buffer`);
        }
        await fh.write(local, 0, local.length, localOffset);
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
    if (pending.size > 0) throw new Error(`${file}: no entries named ${[...pending].join(', ')}`);
    await fh.write(cd, 0, cd.length, cdOffset);
  } finally {
    await fh.close();
  }
}
