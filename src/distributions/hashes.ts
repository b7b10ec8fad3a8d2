/**
 * The two digests PyPI records for every file: sha256 (what pip checks and the
 * manifest keys on) and blake2b-256 (what warehouse uses for duplicate detection
 * and storage paths). node:crypto's blake2b512 cannot produce a 256-bit output,
 * and BLAKE2b-256 is not a truncation of BLAKE2b-512, so hash-wasm provides it.
 */
import { createHash } from 'node:crypto';
import { createBLAKE2b } from 'hash-wasm';
import { scanOnWorker, streamHashOnWorker } from './workers.js';

/** Lower-case hex digests and the byte count. */
export interface Digests {
  sha256: string;
  blake2b256: string;
  size: number;
}

/** What a caller may know of a file: sha256 and size always, BLAKE2b-256 when it was computed. */
export type KnownDigests = Omit<Digests, 'blake2b256'> & { blake2b256?: string };

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

/** Both digests and the size of a file, in one streaming read (sha256 on a worker thread, BLAKE2b here). */
export async function hashFile(path: string): Promise<Digests>;
/** With `blake2b: false`, sha256 and size only, all on a worker thread. */
export async function hashFile(path: string, opts: { blake2b: boolean }): Promise<KnownDigests>;
export async function hashFile(path: string, opts: { blake2b: boolean } = { blake2b: true }): Promise<KnownDigests> {
  if (!opts.blake2b) {
    const scan = await scanOnWorker({ path, members: [], wholeFile: true }, undefined, async () => {});
    return { sha256: scan.sha256!, size: scan.size! };
  }
  let blake2b = await createBLAKE2b(256);
  const scan = await scanOnWorker({ path, members: [], wholeFile: true }, (chunk) => blake2b.update(chunk), async () => {
    blake2b = await createBLAKE2b(256);
  });
  return { sha256: scan.sha256!, blake2b256: blake2b.digest('hex'), size: scan.size! };
}

/** Digests of a stream, fed as it arrives; `ready()` asks the feeder to wait while the hashing catches up. */
export interface StreamDigester {
  update(chunk: Uint8Array): void;
  /** Undefined when more can be fed at once. */
  ready(): Promise<void> | undefined;
  /** The digests; with `writeTo`, the file is complete and closed. A failed write is thrown here. */
  digest(): Promise<Digests & { md5?: string }>;
  /** Gives up: nothing more will be fed. Resolves once the file (if any) is closed. */
  abort(): Promise<void>;
}

/**
 * sha256, BLAKE2b-256 and optionally md5 (what an index records) of a stream,
 * optionally stored to `writeTo` (a new file) as well: hashing and writing on a
 * worker thread, BLAKE2b-256 on this one, so a server receiving an upload keeps
 * its event loop for the network.
 */
export async function createStreamDigester(opts: { md5?: boolean; writeTo?: string } = {}): Promise<StreamDigester> {
  const blake2b = await createBLAKE2b(256);
  const remote = streamHashOnWorker(opts.md5 ? ['sha256', 'md5'] : ['sha256'], opts.writeTo);
  let size = 0;
  let done = false;
  return {
    update(chunk) {
      if (done) throw new Error('digester already finished');
      blake2b.update(chunk);
      remote.update(chunk);
      size += chunk.byteLength;
    },
    ready: () => remote.ready(),
    async digest() {
      if (done) throw new Error('digester already finished');
      done = true;
      const hashes = await remote.digest();
      return { sha256: hashes.sha256, blake2b256: blake2b.digest('hex'), size, ...(opts.md5 ? { md5: hashes.md5 } : {}) };
    },
    abort() {
      done = true;
      return remote.abort();
    },
  };
}
