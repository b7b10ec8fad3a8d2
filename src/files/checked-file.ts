/**
 * Writing a file so that its destination only ever holds complete, checked
 * bytes: written to a private `.part-*` file beside it (same directory, so the
 * rename cannot cross filesystems), hashed while written, its size and sha256
 * checked against what was promised, then renamed into place. On any failure
 * the part file is removed and the destination is left as it was.
 *
 * fsync: none, decided here once for every caller, and for the whole-file
 * writer beside it (atomic-write.ts). The rename makes the file appear whole to
 * every reader on the running system, which is what the pipeline relies on.
 * What a crash of the machine could leave behind is never trusted without
 * being checked again: a rerun reuses a file only when it still hashes to the
 * manifest's sha256, pypi-publish hashes every file before uploading it, the
 * small files (manifests, attestations, leg results, the local index's state)
 * are parsed and validated by whoever reads them (one cut short is refused with
 * a message naming it, never sent or trusted), and a hosted runner that crashed
 * is not reused. Waiting for the disk on every file made fetching measurably
 * slower for none of that.
 *
 * Hashing and writing run on a hashing worker when one is running (see
 * src/hashing/pool.ts), so the calling thread only moves bytes.
 */
import { mkdir, open, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { UserError } from '../errors.js';
import type { StreamHasher } from '../hashing/index.js';
import { diskFailure, partPathFor, renameIntoPlace } from './atomic-write.js';

export interface Expectation {
  /** Fails unless exactly this many bytes are written. */
  expectedSize?: number;
  /** Lowercase or uppercase hex; fails unless the bytes hash to it. */
  expectedSha256?: string;
  /** Where the bytes come from, for messages: "artifact wheels, member dist/x.whl". */
  what?: string;
}

/** What commit's `accept` may judge: the digests made as the bytes were written, and an MD5 made on request. */
export interface WrittenDigests {
  size: number;
  sha256: string;
  /**
   * The MD5 of the bytes written, read back from the part file: only a caller that needs it (a
   * download put together from several responses) pays for it, and MD5 costs more CPU than
   * sha256.
   */
  md5(): Promise<string>;
}

export interface CheckedResult {
  /** The destination; it only ever holds complete, checked bytes. */
  path: string;
  size: number;
  /** Lowercase hex of the bytes written. */
  sha256: string;
}

type Hasher = StreamHasher<'sha256'>;

/**
 * The hashing layer, loaded on first use: the actions' settings import
 * http-download.ts (for redactUrl) before they know the inputs are good, and a
 * bad input must fail without parsing the hashing kernel and hash-wasm.
 */
async function hasherFor(part: string): Promise<Hasher> {
  const { createHasher } = await import('../hashing/index.js');
  return createHasher(['sha256'], { writeTo: part });
}

async function md5Of(path: string): Promise<string> {
  const { hash } = await import('../hashing/index.js');
  return (await hash(path, ['md5'])).md5;
}

/**
 * A file being written towards `dest`. Feed it with write() (waiting on
 * ready() when it says so); commit() checks and renames it into place, and
 * discard() gives it up. Exactly one of them must end it.
 */
export class CheckedFile {
  private ended = false;

  private constructor(
    readonly dest: string,
    readonly part: string,
    private hasher: Hasher,
    private readonly expect: Expectation & { expectedSha256?: string },
  ) {}

  /** Creates the part file beside `dest` (and `dest`'s directory if needed). */
  static async create(dest: string, expect: Expectation = {}): Promise<CheckedFile> {
    const expectedSha256 = expect.expectedSha256?.toLowerCase();
    if (expectedSha256 !== undefined && !/^[0-9a-f]{64}$/.test(expectedSha256)) {
      throw new UserError(`The expected sha256 for ${basename(dest)} is not 64 hex digits: "${expect.expectedSha256}". Fix the manifest or listing that supplied it.`);
    }
    const part = partPathFor(dest);
    try {
      await mkdir(dirname(dest), { recursive: true });
      // Created here ('wx': never someone else's file); the hasher then writes it.
      await (await open(part, 'wx')).close();
    } catch (err) {
      throw diskFailure(err, `Writing ${part}`, dirname(part));
    }
    try {
      return new CheckedFile(dest, part, await hasherFor(part), { ...expect, expectedSha256 });
    } catch (err) {
      await rm(part, { force: true }).catch(() => {});
      throw diskFailure(err, `Writing ${part}`, dirname(part));
    }
  }

  /** Bytes written so far (handed over: a failed write shows in error()). */
  get size(): number {
    return this.hasher.size;
  }

  private get label(): string {
    return `${basename(this.dest)}${this.expect.what ? ` (${this.expect.what})` : ''}`;
  }

  /** Refuses bytes beyond the expected size: they cannot be the promised file. */
  write(chunk: Uint8Array): void {
    const { expectedSize } = this.expect;
    if (expectedSize !== undefined && this.size + chunk.byteLength > expectedSize) {
      throw new UserError(`${this.label} holds more than the ${expectedSize} bytes listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
    }
    this.hasher.update(chunk);
  }

  /** Undefined when more can be written now; otherwise resolves when it can. */
  ready(): Promise<void> | undefined {
    return this.hasher.ready();
  }

  /** A failed write (a full disk, as a UserError with its code) or a lost hashing worker, as soon as it is known. */
  error(): Error | undefined {
    const failure = this.hasher.error();
    return failure && (diskFailure(failure, `Writing ${this.part}`, dirname(this.part)) as Error);
  }

  /** Starts the file over, empty (a download that cannot resume). */
  async restart(): Promise<void> {
    await this.hasher.abort();
    // A new hasher truncates the part file.
    this.hasher = await hasherFor(this.part);
  }

  /**
   * Closes the part file, checks size and sha256, and renames it to `dest`.
   * `accept`, when given, sees the digests first and may refuse them by throwing
   * (the part file is then removed and `dest` left as it was).
   */
  async commit(accept?: (digests: WrittenDigests) => void | Promise<void>): Promise<CheckedResult> {
    if (this.ended) throw new Error('checked file already ended');
    this.ended = true;
    try {
      let digests;
      try {
        digests = await this.hasher.digest();
      } catch (err) {
        throw diskFailure(err, `Writing ${this.part}`, dirname(this.part));
      }
      const { expectedSize, expectedSha256 } = this.expect;
      if (expectedSize !== undefined && digests.size !== expectedSize) {
        throw new UserError(
          `${this.label} gave ${digests.size} bytes, not the ${expectedSize} listed. It changed after it was listed, or the transfer was cut short; re-run to fetch it again.`,
        );
      }
      if (expectedSha256 !== undefined && digests.sha256 !== expectedSha256) {
        throw new UserError(
          `${this.label}: sha256 is ${digests.sha256} but ${expectedSha256} was expected. These are not the bytes that were promised; ` +
            'do not publish them. Check the source (was the file rebuilt or replaced?) and the manifest.',
        );
      }
      const part = this.part;
      await accept?.({ size: digests.size, sha256: digests.sha256, md5: () => md5Of(part) });
      await renameIntoPlace(this.part, this.dest);
      return { path: this.dest, size: digests.size, sha256: digests.sha256 };
    } catch (err) {
      await rm(this.part, { force: true }).catch(() => {});
      throw err;
    }
  }

  /** Gives the file up: the part file is closed and removed, `dest` is untouched. */
  async discard(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.hasher.abort();
    await rm(this.part, { force: true }).catch(() => {});
  }
}

export interface WriteCheckedOptions extends Expectation {
  onProgress?: (bytes: number, total?: number) => void;
  signal?: AbortSignal;
}

/** Bytes to write; a Readable is one. `destroy` stops it early. */
type ByteSource = AsyncIterable<Uint8Array> & { destroy?(error?: Error): void };

/**
 * Streams `source` into `dest` through a CheckedFile; `dest` never holds a
 * partial or unchecked file. A function as `source` is called once the part
 * file exists, so nothing is opened for a destination that cannot be written.
 */
export async function writeChecked(source: ByteSource | (() => ByteSource | Promise<ByteSource>), dest: string, opts: WriteCheckedOptions = {}): Promise<CheckedResult> {
  opts.signal?.throwIfAborted();
  const file = await CheckedFile.create(dest, opts);
  try {
    const stream = typeof source === 'function' ? await source() : source;
    const onAbort = (): void => stream.destroy?.(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for await (const chunk of stream) {
        file.write(chunk);
        const failed = file.error();
        if (failed) throw failed;
        const wait = file.ready();
        if (wait) await wait;
        opts.onProgress?.(file.size, opts.expectedSize);
      }
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      stream.destroy?.();
    }
    opts.signal?.throwIfAborted();
    return await file.commit();
  } finally {
    await file.discard();
  }
}
