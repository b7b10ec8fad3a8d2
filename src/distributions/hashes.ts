/**
 * The two digests PyPI records for every file: sha256 (what pip checks and the
 * manifest keys on) and blake2b-256 (what warehouse uses for duplicate detection
 * and storage paths). node:crypto's blake2b512 cannot produce a 256-bit output,
 * and BLAKE2b-256 is not a truncation of BLAKE2b-512, so hash-wasm provides it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createBLAKE2b } from 'hash-wasm';

/** Lower-case hex digests and the byte count. */
export interface Digests {
  sha256: string;
  blake2b256: string;
  size: number;
}

export interface Digester {
  update(chunk: Uint8Array): void;
  digest(): Digests;
}

export async function createDigester(): Promise<Digester> {
  const sha256 = createHash('sha256');
  const blake2b = await createBLAKE2b(256);
  let size = 0;
  let done = false;
  return {
    update(chunk: Uint8Array): void {
      if (done) throw new Error('digester already finished');
      sha256.update(chunk);
      blake2b.update(chunk);
      size += chunk.byteLength;
    },
    digest(): Digests {
      if (done) throw new Error('digester already finished');
      done = true;
      return { sha256: sha256.digest('hex'), blake2b256: blake2b.digest('hex'), size };
    },
  };
}

/** Both digests and the size of a file, in one streaming read. */
export async function hashFile(path: string): Promise<Digests> {
  const digester = await createDigester();
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    digester.update(chunk as Buffer);
  }
  return digester.digest();
}
