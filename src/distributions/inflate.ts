/**
 * CPython's zlib._ZlibDecompressor (Modules/zlibmodule.c), the object gzip's _GzipReader inflates
 * with, on pako's port of zlib's inflate (inflate.c, inffast.c, inftrees.c): raw deflate data,
 * `decompress(data, max_length)` calling inflate(Z_SYNC_FLUSH) with room for at most max_length
 * bytes and keeping the input zlib did not use for the next call. Driven so, zlib stops and fails
 * where it does under Python: with no room left it still decodes (codes, block headers, the end of
 * the stream) up to the next byte it would write, and a data error is raised in zlib's words
 * (pako's `strm.msg`). An "invalid distance too far back" is found only with room to write the
 * match, which needs nothing here beyond giving zlib the room Python gives it.
 *
 * The input is a range of a file, handed to zlib in pieces as it uses them: zlib's state carries
 * over from one piece to the next, so it decodes exactly as it would from the whole range at once,
 * and a gzip member of a few bytes costs no 128 KiB read.
 */
import { ZStream, zlibInflate, zlibInflateInit2, Z_BUF_ERROR, Z_OK, Z_STREAM_END, Z_SYNC_FLUSH } from 'pako';
import type { BlockReader } from '../files/block-reader.js';

/** zlib.error for broken deflate data, in zlib's words; `partial`: what the failing call had written before it (Python discards it). */
export class ZlibError extends Error {
  constructor(message: string, readonly partial: Buffer) {
    super(message);
  }
}

const PIECE = 16 * 1024;
/** The first output block of a call; later ones grow, up to max_length (the sizes change nothing zlib decides). */
const FIRST_BLOCK = 32 * 1024;
const MAX_BLOCK = 4 * 1024 * 1024;
const NO_INPUT = new Uint8Array(0);

export class ZlibDecompressor {
  /** The end of the deflate stream was reached. */
  eof = false;
  private readonly strm = new ZStream();
  /** The input not yet used, [next, end) of the file; zlib holds [next, next + strm.avail_in) of it. */
  private next = 0;
  private end = 0;

  constructor(private readonly file: BlockReader) {
    zlibInflateInit2(this.strm, -15);
    this.strm.input = NO_INPUT;
  }

  /** needs_input: all the input given has been used, and the stream has not ended. */
  get needsInput(): boolean {
    return !this.eof && this.next === this.end;
  }

  /** The length of unused_data: the input after the end of the stream. */
  get unused(): number {
    return this.eof ? this.end - this.next : 0;
  }

  /**
   * decompress(the file's bytes [at, at + length), maxLength): the input is appended to what is
   * left of earlier input (it must follow it in the file). Throws ZlibError for a data error.
   */
  async decompress(at: number, length: number, maxLength: number): Promise<Buffer> {
    if (this.eof) throw new Error('End of stream already reached');
    if (length > 0) {
      if (this.next === this.end) this.next = at;
      else if (at !== this.end) throw new Error('decompress: input that does not follow the unused input');
      this.end = at + length;
    }
    const strm = this.strm;
    const blocks: Buffer[] = [];
    let written = 0; // in `blocks`
    let block = Buffer.allocUnsafe(Math.min(maxLength, FIRST_BLOCK));
    strm.output = block as Uint8Array<ArrayBuffer>;
    strm.next_out = 0;
    strm.avail_out = block.length;
    const output = (): Buffer => Buffer.concat([...blocks, block.subarray(0, strm.next_out)]);
    for (;;) {
      if (strm.avail_in === 0 && this.next < this.end) {
        const piece = await this.file.read(this.next, Math.min(PIECE, this.end - this.next));
        if (piece.length === 0) this.end = this.next; // the file shrank since it was opened
        strm.input = piece;
        strm.next_in = 0;
        strm.avail_in = piece.length;
      }
      const before = strm.avail_in;
      const status = zlibInflate(strm, Z_SYNC_FLUSH);
      this.next += before - strm.avail_in;
      if (status === Z_STREAM_END) {
        this.eof = true;
        break;
      }
      if (status !== Z_OK && status !== Z_BUF_ERROR) throw new ZlibError(strm.msg || `zlib error ${status}`, output());
      // zlib used the whole piece: it goes on with the next, as it would have with the whole input
      // (even with no room left, it may decode on to the end of the stream or to an error).
      if (strm.avail_in === 0 && this.next < this.end) continue;
      // Room used up: Python grows its buffer until max_length is written.
      if (strm.avail_out === 0 && written + block.length < maxLength) {
        blocks.push(block);
        written += block.length;
        block = Buffer.allocUnsafe(Math.min(maxLength - written, block.length * 4, MAX_BLOCK));
        strm.output = block as Uint8Array<ArrayBuffer>;
        strm.next_out = 0;
        strm.avail_out = block.length;
        continue;
      }
      break;
    }
    return output();
  }
}
