/**
 * The one way a file is replaced whole: bytes go to a private part file beside
 * the destination (same directory, so the rename cannot cross filesystems),
 * which is renamed into place once complete. A reader sees the old file or the
 * new one, never a mix; on any failure the part file is removed and the
 * destination is left as it was. checked-file.ts builds on the same part files
 * for streams whose size and sha256 must be checked before the rename.
 *
 * fsync: none, for every writer here; why is written once, in checked-file.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

/**
 * A fresh part file's name beside `dest`. The random part keeps two writers of
 * one destination (two saves in flight, two processes) off each other's bytes.
 */
export function partPathFor(dest: string): string {
  return `${dest}.part-${randomBytes(6).toString('hex')}`;
}

const PART_NAME = /\.part-[0-9a-f]{12}$/;

/** A part file this module named: what a killed writer can leave behind, never a file of its own. */
export function isPartFile(path: string): boolean {
  return PART_NAME.test(path);
}

const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EEXIST', 'ENAMETOOLONG', 'EFBIG']);

/** A failure of the file system (full, read-only, not permitted…) rather than of the bytes' source. */
export function isDiskError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DISK_CODES.has(code);
}

/** The user's problem, in words, keeping the code (ENOSPC…) for callers that decide on it; other errors unchanged. */
export function diskFailure(err: unknown, doing: string, where: string): unknown {
  if (err instanceof UserError || !isDiskError(err)) return err;
  const e = err as { code: string; message?: unknown };
  return Object.assign(new UserError(`${doing} failed (${e.code}): ${String(e.message)}. Check free space and permissions in ${where}.`), { code: e.code });
}

/** Moves a complete part file to `dest`, saying what to check when the file system refuses. */
export async function renameIntoPlace(part: string, dest: string): Promise<void> {
  try {
    await rename(part, dest);
  } catch (err) {
    throw isDiskError(err) ? new UserError(`Moving ${part} to ${dest} failed (${String((err as { code?: unknown }).code)}). Check that ${dest} is not a directory and is writable.`) : err;
  }
}

/**
 * Replaces `dest` with `data` (text as UTF-8; a stream is written as it comes),
 * creating its directory if needed. The caller decides what goes in; a file
 * later jobs read must have been scrubbed of secrets before it gets here.
 */
export async function writeFileAtomically(dest: string, data: string | Uint8Array | AsyncIterable<Uint8Array | string>): Promise<void> {
  const part = partPathFor(dest);
  // Only the file system's own failures are worded as a disk problem; the source's errors reach the caller as they are.
  const onDisk = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (err) {
      throw diskFailure(err, `Writing ${part}`, dirname(dest));
    }
  };
  let handle;
  try {
    await onDisk(() => mkdir(dirname(dest), { recursive: true }));
    // 'wx': never someone else's file.
    handle = await onDisk(() => open(part, 'wx'));
  } catch (err) {
    // A stream nobody will read is let go (its file, its buffered bytes).
    (data as { destroy?: (error?: Error) => void }).destroy?.();
    throw err;
  }
  try {
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await onDisk(() => handle.writeFile(data));
      else for await (const chunk of data) await onDisk(() => handle.writeFile(chunk)); // each from where the last ended
    } finally {
      await onDisk(() => handle.close());
    }
    await renameIntoPlace(part, dest);
  } catch (err) {
    await rm(part, { force: true }).catch(() => {});
    throw err;
  }
}
