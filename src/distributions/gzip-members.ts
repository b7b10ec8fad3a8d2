/**
 * The bytes of a .tar.gz as Python's gzip module hands them to tarfile (and so
 * to warehouse and pip): gzip's _GzipReader, read by read. Member after member,
 * a member's trailer (CRC-32 and length) is checked, zero padding skipped and
 * the next member's header parsed only when a read asks for bytes past the
 * member. tarfile stops asking at the tar's end-of-archive block, so whatever
 * follows the member that holds it is never read, and PyPI accepts the file.
 * Node's createGunzip reads every member up front and fails the whole stream,
 * with the output of its last write lost, on any bytes after the last member
 * that are not zeros ("trailing garbage"), so an sdist PyPI accepts would be
 * refused. The header format is RFC 1952's. Each read inflates as _GzipReader
 * does (Lib/gzip.py): zlib (inflate.ts) is handed 128 KiB of input at a time
 * and asked for at most as many bytes as the read wants, so a broken deflate
 * stream is an error only if a read gets as far as it (python-reads.ts).
 */
import { BlockReader } from '../files/block-reader.js';
import { createCrc32, type RunningCrc32 } from '../hashing/index.js';
import { ZlibDecompressor } from './inflate.js';
import { pythonBytesRepr } from './python-repr.js';

/** What Python's gzip module raises (BadGzipFile, EOFError), in its words. */
export class GzipError extends Error {
  /** True when the first member's header is not gzip at all: the file is not a gzip file. */
  constructor(message: string, readonly notGzip = false) {
    super(message);
  }
}

/** gzip.READ_BUFFER_SIZE: how much input _GzipReader hands zlib at a time (Python 3.12 and 3.13; 3.11 handed 8 KiB). */
const READ_BUFFER_SIZE = 128 * 1024;
const ENDED = 'Compressed file ended before the end-of-stream marker was reached';
const EMPTY = Buffer.alloc(0);

const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

/**
 * gzip's _GzipReader over a file. Its _PaddedFile, which takes back the input zlib did not use
 * and the first byte after zero padding, is a position in the file here.
 */
export class GzipReader {
  /** The _PaddedFile's position. */
  private pos = 0;
  /** The current member's decompressor; none before its header is read (_new_member). */
  private decompressor: ZlibDecompressor | undefined;
  private first = true;
  private crc: RunningCrc32 = createCrc32();
  private size = 0;

  private constructor(private readonly file: BlockReader) {}

  static async open(path: string): Promise<GzipReader> {
    return new GzipReader(await BlockReader.open(path));
  }

  close(): Promise<void> {
    return this.file.close();
  }

  /**
   * _GzipReader.read(size): at most `size` inflated bytes, fewer where the input handed to zlib
   * runs out or a member ends, none at the end of the file. Throws GzipError, or ZlibError for
   * broken deflate data.
   */
  async read(size: number): Promise<Buffer> {
    if (size === 0) return EMPTY;
    let data: Buffer;
    for (;;) {
      if (this.decompressor?.eof) {
        await this.readEof();
        this.decompressor = undefined;
      }
      if (!this.decompressor) {
        // _read_gzip_header: no more members where the file ends.
        if (!this.first && this.pos >= this.file.size) return EMPTY;
        this.pos = await memberHeader(this.file, this.pos, this.first);
        this.first = false;
        this.decompressor = new ZlibDecompressor(this.file);
        this.crc = createCrc32();
        this.size = 0;
      }
      let handed: number | undefined;
      if (this.decompressor.needsInput) {
        handed = Math.min(READ_BUFFER_SIZE, this.file.size - this.pos);
        this.pos += handed;
        data = await this.decompressor.decompress(this.pos - handed, handed, size);
      } else {
        data = await this.decompressor.decompress(this.pos, 0, size);
      }
      // The input after the member's end goes back to the file, for its trailer and the next header.
      this.pos -= this.decompressor.unused;
      if (data.length > 0) break;
      // Python's `buf == b""`: no input was left. (With input left over zlib always writes something
      // when given room, so a call without new input never comes back empty.)
      if (handed === 0 || handed === undefined) throw new GzipError(ENDED);
    }
    this.crc.update(data);
    this.size += data.length;
    return data;
  }

  /** _read_eof: the trailer checked, then zero padding skipped. */
  private async readEof(): Promise<void> {
    const trailer = await this.file.read(this.pos, 8);
    if (trailer.length < 8) throw new GzipError(ENDED);
    const storedCrc = trailer.readUInt32LE(0);
    if (storedCrc !== this.crc.value) throw new GzipError(`CRC check failed 0x${storedCrc.toString(16)} != 0x${this.crc.value.toString(16)}`);
    if (trailer.readUInt32LE(4) !== this.size % 2 ** 32) throw new GzipError('Incorrect length of data produced');
    this.pos = await skipZeros(this.file, this.pos + 8);
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
  if (fixed.length < 10) throw new GzipError(ENDED);
  if (fixed[2] !== 8) throw new GzipError('Unknown compression method', first);
  const flags = fixed[3];
  let at = pos + 10;
  const need = async (n: number): Promise<Buffer> => {
    const bytes = await file.read(at, n);
    if (bytes.length < n) throw new GzipError(ENDED);
    at += n;
    return bytes;
  };
  const skipString = async (): Promise<void> => {
    for (;;) {
      const bytes = await file.read(at, 4096);
      if (bytes.length === 0) throw new GzipError(ENDED);
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
