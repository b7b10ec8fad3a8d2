/**
 * Writing a stream to a file so that the destination only ever holds
 * complete, checked bytes: written to a private `.part-*` file beside it,
 * hashed on the way, its size and sha256 checked, then renamed into place.
 * The local and artifact sources use it; HTTP downloads have their own
 * (resumable) version in http-download.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import type { DownloadResult } from './types.js';

export interface CheckedCopyOptions {
  /** Fails unless exactly this many bytes arrive. */
  expectedSize?: number;
  /** Lowercase or uppercase hex. */
  expectedSha256?: string;
  /** Names the origin in errors, e.g. "artifact wheels, member dist/x.whl". */
  what: string;
  onProgress?: (bytes: number, total?: number) => void;
  signal?: AbortSignal;
}

/** Streams `open()` into `dest` atomically; `dest` never holds a partial or unchecked file. */
export async function copyChecked(openStream: () => Promise<Readable> | Readable, dest: string, opts: CheckedCopyOptions): Promise<DownloadResult> {
  const name = basename(dest);
  const expectedSha = opts.expectedSha256?.toLowerCase();
  const part = `${dest}.part-${randomBytes(6).toString('hex')}`;
  await mkdir(dirname(dest), { recursive: true });
  const file = await open(part, 'wx');
  let closed = false;
  let renamed = false;
  try {
    opts.signal?.throwIfAborted();
    const hash = createHash('sha256');
    let have = 0;
    const stream = await openStream();
    const onAbort = () => stream.destroy(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for await (const chunk of stream) {
        const buf = chunk as Buffer;
        await file.write(buf, 0, buf.byteLength, have);
        hash.update(buf);
        have += buf.byteLength;
        if (opts.expectedSize !== undefined && have > opts.expectedSize) {
          throw new UserError(`${name}: ${opts.what} holds more than the ${opts.expectedSize} bytes listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
        }
        opts.onProgress?.(have, opts.expectedSize);
      }
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      stream.destroy();
    }
    await file.sync();
    await file.close();
    closed = true;
    if (opts.expectedSize !== undefined && have !== opts.expectedSize) {
      throw new UserError(`${name}: ${opts.what} gave ${have} bytes, not the ${opts.expectedSize} listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
    }
    const sha256 = hash.digest('hex');
    if (expectedSha !== undefined && sha256 !== expectedSha) {
      throw new UserError(
        `${name}: sha256 is ${sha256} but ${expectedSha} was expected (${opts.what}). These are not the bytes that were promised; do not publish them.`,
      );
    }
    await rename(part, dest);
    renamed = true;
    return { path: dest, size: have, sha256, attempts: 1 };
  } finally {
    if (!closed) await file.close().catch(() => {});
    if (!renamed) await rm(part, { force: true }).catch(() => {});
  }
}
