/**
 * The reads tarfile makes of an sdist, made as Python makes them: next() seeks to the byte before
 * the next header and reads it (where the last member had data), then reads the 512-byte header;
 * an extended header's data is read, and at once the header it describes. They go through
 * GzipFile's 8 KiB io.BufferedReader (CPython's Modules/_io/bufferedio.c) and
 * DecompressReader.seek (Lib/_compression.py) to gzip's _GzipReader (gzip-members.ts), so zlib is
 * handed the same input and asked for the same output as under Python, and meets an error past
 * the tar's end only if Python does.
 *
 * The tar reader says which reads tarfile makes as soon as it knows them (a header tells where the
 * next one is), and takes the inflated bytes as the reads bring them from _GzipReader, in order.
 */
import type { GzipReader } from './gzip-members.js';
import { BLOCK } from './tar-header.js';

const BUFFER_SIZE = 8192; // io.DEFAULT_BUFFER_SIZE: GzipFile's BufferedReader, and DecompressReader.seek's step

type Op = { kind: 'header'; at: number; direct: boolean } | { kind: 'read'; n: number };

export class PythonReads {
  /** tarfile's reads, in order; those before `next` are made. */
  private ops: Op[] = [];
  private next = 0;
  // BufferedReader: the logical position, and its buffer [bufferStart, bufferEnd) when valid.
  private pos = 0;
  private bufferStart = 0;
  private bufferEnd = 0;
  private bufferValid = false;
  /** The raw reader's (_GzipReader's) position: the inflated bytes handed on so far. */
  private rawPos = 0;
  /** A read of _GzipReader came back empty: the file has no more. */
  exhausted = false;

  constructor(private readonly raw: GzipReader) {}

  /** tarfile's next() for a header at `at`, or (`direct`) the header an extended header's processing reads at once. */
  header(at: number, direct: boolean): void {
    this.ops.push({ kind: 'header', at, direct });
  }

  /** A plain read: an extended header's data (padded to whole blocks), a sparse extension block. */
  read(n: number): void {
    this.ops.push({ kind: 'read', n });
  }

  /** The inflated bytes each read of _GzipReader brings, in order, as the reads told so far are made. */
  async *data(): AsyncGenerator<Buffer, void, undefined> {
    while (this.next < this.ops.length) {
      const op = this.ops[this.next++];
      if (op.kind === 'read') yield* this.bufferedRead(op.n);
      else {
        // `if self.offset != self.fileobj.tell()`: seek to the byte before the header and read it.
        if (!op.direct && op.at !== this.pos) {
          yield* this.seek(op.at - 1);
          yield* this.bufferedRead(1);
        }
        yield* this.bufferedRead(BLOCK);
      }
      if (this.next > 1024) {
        this.ops = this.ops.slice(this.next);
        this.next = 0;
      }
    }
  }

  /** _GzipReader.read(n): its bytes are handed on; how many. */
  private async *rawRead(n: number): AsyncGenerator<Buffer, number, undefined> {
    const data = await this.raw.read(n);
    if (data.length === 0) {
      this.exhausted = true;
      return 0;
    }
    this.rawPos += data.length;
    yield data;
    return data.length;
  }

  /** BufferedReader.read(n) (_bufferedreader_read_generic when the buffer cannot answer). */
  private async *bufferedRead(n: number): AsyncGenerator<Buffer, void, undefined> {
    const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
    if (n <= avail) {
      this.pos += n;
      return;
    }
    let remaining = n - avail;
    this.pos += avail;
    this.bufferValid = false;
    for (;;) {
      const r = Math.floor(remaining / BUFFER_SIZE) * BUFFER_SIZE;
      if (r === 0) break;
      const got = yield* this.rawRead(r);
      if (got === 0) return;
      remaining -= got;
      this.pos += got;
    }
    this.bufferStart = this.rawPos;
    this.bufferEnd = this.rawPos;
    this.bufferValid = true;
    while (remaining > 0 && this.bufferEnd - this.bufferStart < BUFFER_SIZE) {
      const got = yield* this.rawRead(BUFFER_SIZE - (this.bufferEnd - this.bufferStart));
      if (got === 0) return;
      this.bufferEnd += got;
      const take = Math.min(remaining, got);
      this.pos += take;
      remaining -= take;
    }
  }

  /** BufferedReader.seek(target): inside the buffer it only moves; otherwise DecompressReader.seek reads up to it. */
  private async *seek(target: number): AsyncGenerator<Buffer, void, undefined> {
    const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
    if (avail > 0 && target >= this.bufferStart && target <= this.bufferEnd) {
      this.pos = target;
      return;
    }
    // Backwards, DecompressReader would start over from the file's beginning; tarfile only goes forwards.
    if (target < this.rawPos) throw new Error(`a seek back to ${target} from ${this.rawPos}`);
    while (this.rawPos < target) {
      if ((yield* this.rawRead(Math.min(BUFFER_SIZE, target - this.rawPos))) === 0) break;
    }
    this.pos = this.rawPos;
    this.bufferValid = false;
  }
}
