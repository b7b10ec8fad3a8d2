/**
 * The one way this project hashes bytes: a file or a stream in one call, a
 * hasher fed piece by piece (that can also write what it is fed), and the
 * member scan of a zip. All of it runs on the hashing workers when they can
 * (pool.ts), on this thread when they cannot; the digests are the same.
 */
import { checkAlgorithms, type Algorithm, type DigestSet } from './algorithms.js';
import type { ScanRequest, ScanResult } from './kernel.js';
import { scanOnWorker, streamHashOnWorker } from './pool.js';

/** Lower-case hex digests of the algorithms asked for, and the byte count. */
export type Hashed<A extends Algorithm> = DigestSet<A> & { size: number };

/** A file's path, or bytes that arrive (a Readable is one). */
export type HashSource = string | AsyncIterable<Uint8Array>;

/** Digests of a file, read once, or of a stream, read to its end. */
export async function hash<A extends Algorithm>(source: HashSource, algorithms: readonly A[]): Promise<Hashed<A>> {
  const wanted = checkAlgorithms(algorithms);
  if (typeof source === 'string') {
    const scan = await scanOnWorker({ path: source, members: [], wholeFile: true, algorithms: wanted });
    return { ...(scan.digests as DigestSet<A>), size: scan.size! };
  }
  const hasher = await createHasher(algorithms);
  try {
    for await (const chunk of source) {
      hasher.update(chunk);
      const wait = hasher.ready();
      if (wait) await wait;
    }
  } catch (error) {
    await hasher.abort();
    throw error;
  }
  return hasher.digest();
}

/** Digests of bytes fed as they arrive; `ready()` asks the feeder to wait while the hashing catches up. */
export interface StreamHasher<A extends Algorithm> {
  update(chunk: Uint8Array): void;
  /** Undefined when more can be fed at once. */
  ready(): Promise<void> | undefined;
  /** The digests; with `writeTo`, the file is complete and closed. A failed write is thrown here. */
  digest(): Promise<Hashed<A>>;
  /** Gives up: nothing more will be fed. Resolves once the file (if any) is closed. */
  abort(): Promise<void>;
  /** What failed so far (a write, a worker), so a feeder can stop early; digest() throws it too. */
  error(): Error | undefined;
  /** Bytes fed so far. */
  readonly size: number;
}

/**
 * A hasher for a stream; with `writeTo` (a file it creates or truncates) it
 * writes the bytes too, before hashing them, so the digests always cover
 * exactly the bytes on disk.
 */
export async function createHasher<A extends Algorithm>(algorithms: readonly A[], opts: { writeTo?: string } = {}): Promise<StreamHasher<A>> {
  const stream = await streamHashOnWorker(checkAlgorithms(algorithms), opts.writeTo);
  let size = 0;
  let done = false;
  return {
    update(chunk) {
      if (done) throw new Error('hasher already finished');
      stream.update(chunk);
      size += chunk.byteLength;
    },
    ready: () => stream.ready(),
    async digest() {
      if (done) throw new Error('hasher already finished');
      done = true;
      return { ...((await stream.digest()) as DigestSet<A>), size };
    },
    abort() {
      done = true;
      return stream.abort();
    },
    error: () => stream.error(),
    get size() {
      return size;
    },
  };
}

/**
 * Reads the members of a zip the request plans (inflating, hashing, checking
 * each) and, with `wholeFile`, digests the whole file in the same pass.
 */
export function scanFile(request: ScanRequest): Promise<ScanResult> {
  return scanOnWorker({ ...request, ...(request.algorithms ? { algorithms: checkAlgorithms(request.algorithms) } : {}) });
}
