/**
 * The digests this project computes and what each is for: sha256 (what pip
 * checks, RECORD and the manifest key on), md5 (what a legacy upload form
 * still carries, and a single-part S3 ETag) and BLAKE2b-256 (what warehouse
 * uses for duplicate detection and storage paths). node:crypto's blake2b512
 * cannot produce a 256-bit output, and BLAKE2b-256 is not a truncation of
 * BLAKE2b-512, so hash-wasm provides it.
 */
import { createHash } from 'node:crypto';
import { createBLAKE2b } from 'hash-wasm';

export type Algorithm = 'sha256' | 'md5' | 'blake2b256';

const KNOWN: ReadonlySet<string> = new Set<Algorithm>(['sha256', 'md5', 'blake2b256']);

/** Lower-case hex digests of the algorithms asked for. */
export type DigestSet<A extends Algorithm = Algorithm> = { [K in A]: string };

/** Several digests of the same bytes, fed once. */
export interface MultiHash {
  update(chunk: Uint8Array): void;
  digest(): Partial<DigestSet>;
}

/** Refuses a name that is not one of ours (names also arrive in messages from other threads). */
export function checkAlgorithms(algorithms: readonly string[]): Algorithm[] {
  const unknown = algorithms.filter((a) => !KNOWN.has(a));
  if (unknown.length > 0) throw new Error(`unknown hash algorithm ${unknown.join(', ')}`);
  return [...new Set(algorithms as Algorithm[])];
}

/** Asynchronous because BLAKE2b-256 is a WebAssembly instance. */
export async function createMultiHash(algorithms: readonly Algorithm[]): Promise<MultiHash> {
  const parts = await Promise.all(
    checkAlgorithms(algorithms).map(async (name) => [name, name === 'blake2b256' ? await createBLAKE2b(256) : createHash(name)] as const),
  );
  return {
    update(chunk) {
      for (const [, hash] of parts) hash.update(chunk);
    },
    digest() {
      return Object.fromEntries(parts.map(([name, hash]) => [name, hash.digest('hex')]));
    },
  };
}

/** The digest of a few bytes already in memory (text members a build writes, RECORD lines). */
export function digestBytes(data: Uint8Array | string, algorithm: 'sha256' | 'md5'): Buffer {
  return createHash(algorithm).update(data).digest();
}
