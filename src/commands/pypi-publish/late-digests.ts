/**
 * BLAKE2b-256 is for the upload form (PyPI's blake2_256_digest) and the manifest, not for any
 * check: the preflight leaves it out, and each file's is computed here in upload order, one at a
 * time, while earlier files upload. It costs more CPU than sha256 and the member checks
 * together, so the first upload starts that much sooner.
 */
import { hash } from '../../hashing/index.js';

/** A distribution (or a result about one): its path, and its BLAKE2b-256 or '' while unknown. */
export type Digested = { path: string; blake2b256: string };

/**
 * One file at a time keeps ahead of the uploads (BLAKE2b-256 runs at several hundred MB/s) and
 * leaves the other cores to them: with two at a time, the loopback benchmark's index, sharing this
 * machine, was starved at the start (bench/upload, concurrency 1).
 */
export class LateDigests {
  private readonly pending = new Map<string, Promise<string>>();
  /** Settles once the last queued digest has. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Queues the files that lack BLAKE2b-256, in this order. */
  start(files: Digested[]): void {
    for (const info of files) {
      if (info.blake2b256 !== '' || this.pending.has(info.path)) continue;
      const digest = this.queue.then(() => hash(info.path, ['blake2b256'])).then((d) => {
        info.blake2b256 = d.blake2b256;
        return d.blake2b256;
      });
      // A failure is the waiting upload's to report; the queue goes on with the next file.
      this.queue = digest.catch(() => undefined);
      this.pending.set(info.path, digest);
    }
  }

  /** Settles once every digest queued so far has (successfully or not). */
  async drained(): Promise<void> {
    await this.queue;
  }

  /**
   * The file's BLAKE2b-256 (set on `info` too): known, queued, or computed now, beside whatever
   * else is asked for now (the hashing threads share the work out).
   */
  async of(info: Digested): Promise<string> {
    if (info.blake2b256 !== '') return info.blake2b256;
    let digest = this.pending.get(info.path);
    if (!digest) {
      digest = hash(info.path, ['blake2b256']).then((d) => d.blake2b256);
      this.pending.set(info.path, digest);
    }
    info.blake2b256 = await digest;
    return info.blake2b256;
  }
}
