/**
 * The bytes of a .tar.gz as Python's gzip module hands them to tarfile (and so
 * to warehouse and pip): one gzip member after another, where a member's
 * trailer (CRC-32 and length) is checked, zero padding skipped and the next
 * member's header parsed only when the reader asks for bytes past the member.
 * tarfile stops asking at the tar's end-of-archive block, so whatever follows
 * the member that holds it is never read, and PyPI accepts the file. Node's
 * createGunzip reads every member up front and fails the whole stream, with
 * the output of its last write lost, on any bytes after the last member that
 * are not zeros ("trailing garbage"), so an sdist PyPI accepts would be
 * refused. The header format is RFC 1952's. The deflate data goes to inflate.ts, fed as Python's
 * _GzipReader feeds zlib (128 KiB of input at a time, from the member's data on): a broken
 * deflate stream is thrown as an InflateFailure that says where it was found, so the tar reader
 * can tell whether Python would have inflated that far (python-reads.ts).
 */
import { BlockReader } from '../files/block-reader.js';
import { createCrc32 } from '../hashing/index.js';
import { inflateRaw, InflateDataError, InflateInputEnded } from './inflate.js';
import { pythonBytesRepr } from './python-repr.js';

/** What Python's gzip module raises (BadGzipFile, EOFError), in its words. */
export class GzipError extends Error {
  /** True when the first member's header is not gzip at all: the file is not a gzip file. */
  constructor(message: string, readonly notGzip = false) {
    super(message);
  }
}

/**
 * zlib's error in a member's deflate data (its words), and where: `produced`, the output before
 * it; `chunkStart`, where the output stood when the 128 KiB of input holding it was fed;
 * `needsRoom`, zlib finds it only with room to write more.
 */
export class InflateFailure extends Error {
  constructor(message: string, readonly produced: number, readonly chunkStart: number, readonly needsRoom: boolean) {
    super(message);
  }
}

/** Told the positions in the output where a read of Python's _GzipReader stops short: where it needs more input, where a member ends. */
export interface GzipTrace {
  boundary(at: number): void;
}

/** gzip.READ_BUFFER_SIZE: how much input _GzipReader hands zlib at a time (Python 3.12 and 3.13). */
export const PYTHON_READ_CHUNK = 128 * 1024;
const PIECE = 16 * 1024;

const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

/** The decompressed bytes, chunk by chunk; throws GzipError, or InflateFailure for broken deflate data. */
export async function* gzipMembers(path: string, trace?: GzipTrace): AsyncGenerator<Buffer, void, undefined> {
  const file = await BlockReader.open(path);
  try {
    let pos = 0;
    let produced = 0;
    for (let first = true; ; first = false) {
      if (!first) {
        // _read_eof: zero bytes between members (or at the end) are padding.
        pos = await skipZeros(file, pos);
        if (pos >= file.size) return;
      }
      const dataStart = await memberHeader(file, pos, first);
      const inflater = inflateRaw();
      const crc = createCrc32();
      const memberStart = produced;
      let chunkStart = produced;
      let fed = dataStart;
      let size = 0;
      let step = inflater.next();
      try {
        while (!step.done) {
          if (step.value.kind === 'input') {
            // Python hands zlib 128 KiB at a time; the decoder gets it in smaller pieces, read
            // through the reader's blocks, so that a member of a few bytes costs no 128 KiB read.
            const intoChunk = (fed - dataStart) % PYTHON_READ_CHUNK;
            if (intoChunk === 0) {
              chunkStart = memberStart + step.value.produced;
              trace?.boundary(chunkStart);
            }
            const chunk = await file.read(fed, Math.min(PYTHON_READ_CHUNK - intoChunk, PIECE));
            fed += chunk.length;
            step = inflater.next(chunk);
          } else {
            const chunk = step.value.data;
            crc.update(chunk);
            size += chunk.length;
            produced += chunk.length;
            yield chunk;
            step = inflater.next();
          }
        }
      } catch (error) {
        // Input that ran out before the deflate data ended is Python's EOFError.
        if (error instanceof InflateInputEnded) throw new GzipError('Compressed file ended before the end-of-stream marker was reached');
        if (error instanceof InflateDataError) throw new InflateFailure(error.message, produced, chunkStart, error.needsRoom);
        throw error;
      }
      trace?.boundary(produced);
      // The reader wants more than this member holds: its trailer is checked now, as Python does.
      const end = fed - step.value.unused;
      const trailer = await file.read(end, 8);
      if (trailer.length < 8) throw new GzipError('Compressed file ended before the end-of-stream marker was reached');
      const storedCrc = trailer.readUInt32LE(0);
      if (storedCrc !== crc.value) throw new GzipError(`CRC check failed 0x${storedCrc.toString(16)} != 0x${crc.value.toString(16)}`);
      if (trailer.readUInt32LE(4) !== size % 2 ** 32) throw new GzipError('Incorrect length of data produced');
      pos = end + 8;
    }
  } finally {
    await file.close();
  }
}

async function skipZeros(file: BlockReader, pos: number): Promise<number> {
  for (;;) {
    const bytes = await file.read(pos, 4096);
    if (bytes.length === 0) return pos;
    const nonZero = bytes.findIndex((b) => b !== 0);
    if (nonZero !== -1) return pos + nonZero;
    pos += bytes.length;
  }
}

/** Python's _read_gzip_header: where the member's deflate data starts. */
async function memberHeader(file: BlockReader, pos: number, first: boolean): Promise<number> {
  const fixed = await file.read(pos, 10);
  if (fixed.length < 2 || fixed[0] !== 0x1f || fixed[1] !== 0x8b) {
    throw new GzipError(`Not a gzipped file (${pythonBytesRepr(fixed.subarray(0, 2))})`, first);
  }
  if (fixed.length < 10) throw new GzipError('Compressed file ended before the end-of-stream marker was reached');
  if (fixed[2] !== 8) throw new GzipError('Unknown compression method', first);
  const flags = fixed[3];
  let at = pos + 10;
  const need = async (n: number): Promise<Buffer> => {
    const bytes = await file.read(at, n);
    if (bytes.length < n) throw new GzipError('Compressed file ended before the end-of-stream marker was reached');
    at += n;
    return bytes;
  };
  const skipString = async (): Promise<void> => {
    for (;;) {
      const bytes = await file.read(at, 4096);
      if (bytes.length === 0) throw new GzipError('Compressed file ended before the end-of-stream marker was reached');
      const nul = bytes.indexOf(0);
      if (nul !== -1) {
        at += nul + 1;
        return;
      }
      at += bytes.length;
    }
  };
  if (flags & FEXTRA) await need((await need(2)).readUInt16LE(0));
  if (flags & FNAME) await skipString();
  if (flags & FCOMMENT) await skipString();
  if (flags & FHCRC) await need(2);
  return at;
}
