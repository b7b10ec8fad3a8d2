/**
 * How far Python would inflate an sdist: the reads tarfile makes (next(): seek to the byte before
 * the next header and read it, read the 512-byte header, read an extended header's data) go
 * through GzipFile's io.BufferedReader (8 KiB) to gzip's _GzipReader, which asks zlib for at most
 * as many bytes as each read wants and feeds it 128 KiB of input at a time (Python 3.12 and 3.13;
 * 3.11 fed 8 KiB). zlib decodes as far as it can without writing more than it was asked for, so
 * a broken deflate stream after the tar's end is an error for Python only if some read reached
 * it. This replays those reads (CPython's Modules/_io/bufferedio.c and Lib/_compression.py) on
 * the positions of the inflated output, and says whether the error gzip-members.ts found would
 * have been reached.
 *
 * A read of the inflated data stops short where _GzipReader runs out of input (the decoder asks
 * for the next 128 KiB) or a gzip member ends: those positions are the boundaries, told here as
 * the decoder meets them. The replay waits for the decoder to be far enough ahead of each read.
 */

const BUFFER_SIZE = 8192; // io.DEFAULT_BUFFER_SIZE: GzipFile's BufferedReader, and DecompressReader.seek's step

type Op = { kind: 'read'; n: number } | { kind: 'seek'; target: number };

export class PythonReads {
  /** tarfile's reads, in order; those before `next` are replayed. */
  private readonly ops: Op[] = [];
  private next = 0;
  /** Boundaries, in order; those before `firstBoundary` are behind the raw position. */
  private boundaries: number[] = [];
  private firstBoundary = 0;
  /** The inflated output known so far: every boundary up to here has been told. */
  private known = 0;
  private finished = false;
  // BufferedReader: the logical position, and its buffer [bufferStart, bufferEnd) when valid.
  private pos = 0;
  private bufferStart = 0;
  private bufferEnd = 0;
  private bufferValid = false;
  /** The raw (decompressing) reader's position. */
  private rawPos = 0;
  /** The last boundary at or before the last raw read, and the furthest any raw read from there asked zlib to go. */
  private segmentStart = 0;
  private segmentCap = 0;
  private lastRead = -1;

  /** tarfile's next() for a header at `at`, or (`direct`) the header an extended header's processing reads at once. */
  header(at: number, direct: boolean): void {
    if (!direct && at !== this.pendingPos) {
      this.push({ kind: 'seek', target: at - 1 });
      this.push({ kind: 'read', n: 1 });
    }
    this.push({ kind: 'read', n: 512 });
  }

  /** A plain read: an extended header's data (padded to whole blocks), a sparse extension block. */
  read(n: number): void {
    this.push({ kind: 'read', n });
  }

  boundary(at: number): void {
    if (this.boundaries.at(-1) !== at) this.boundaries.push(at);
  }

  /** The output the decoder has produced so far; `finished` when no more boundaries will come (its member ended, or it failed). */
  produced(total: number, finished = false): void {
    this.known = total;
    this.finished ||= finished;
    this.replay();
  }

  /** How far the decoder must have gone for the replay to finish, and then for any error a read could reach to be found. */
  horizon(): number {
    this.replay();
    return this.next < this.ops.length ? this.reach(this.ops[this.next]) : this.segmentCap;
  }

  /**
   * Whether zlib, fed and asked as Python asks it, reaches an error found with `produced` bytes of
   * output in the input chunk that starts at output `chunkStart` (needsRoom: only with room to
   * write more, as "invalid distance too far back" is found).
   */
  reaches(error: { produced: number; chunkStart: number; needsRoom: boolean }): boolean {
    this.finished = true;
    this.replay();
    // The chunk is fed only to a read that starts where the chunk's output starts, or later.
    if (this.lastRead < error.chunkStart || error.chunkStart < this.segmentStart) return false;
    return error.needsRoom ? error.produced < this.segmentCap : error.produced <= this.segmentCap;
  }

  /** The logical position once every op told so far is replayed (tell() for tarfile's next()). */
  private pendingPos = 0;

  private push(op: Op): void {
    this.ops.push(op);
    this.pendingPos = op.kind === 'seek' ? op.target : this.pendingPos + op.n;
    this.replay();
  }

  /** The furthest output an op can make a raw read ask for. */
  private reach(op: Op): number {
    return op.kind === 'seek' ? op.target : Math.max(this.pos, this.rawPos) + op.n + BUFFER_SIZE;
  }

  private replay(): void {
    while (this.next < this.ops.length && (this.finished || this.known >= this.reach(this.ops[this.next]))) {
      const op = this.ops[this.next++];
      if (op.kind === 'seek') this.seek(op.target);
      else this.bufferedRead(op.n);
    }
    // Replayed ops go, so that a tar of a million members keeps only the few not yet replayed.
    if (this.next === this.ops.length || this.next > 1024) {
      this.ops.splice(0, this.next);
      this.next = 0;
    }
  }

  /** _GzipReader.read(n) at the raw position: what a short read returns. */
  private rawRead(n: number): number {
    // A read from a boundary on is the one that feeds zlib the chunk starting there.
    while (this.firstBoundary < this.boundaries.length && this.boundaries[this.firstBoundary] <= this.rawPos) {
      this.segmentStart = this.boundaries[this.firstBoundary++];
      this.segmentCap = 0;
    }
    if (this.firstBoundary > 1024) {
      this.boundaries = this.boundaries.slice(this.firstBoundary);
      this.firstBoundary = 0;
    }
    const cap = this.rawPos + n;
    this.segmentCap = Math.max(this.segmentCap, cap);
    this.lastRead = this.rawPos;
    const stop = this.firstBoundary < this.boundaries.length ? Math.min(cap, this.boundaries[this.firstBoundary]) : cap;
    const got = stop - this.rawPos;
    this.rawPos = stop;
    return got;
  }

  /** BufferedReader.read(n) (_bufferedreader_read_generic when the buffer cannot answer). */
  private bufferedRead(n: number): void {
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
      const got = this.rawRead(r);
      remaining -= got;
      this.pos += got;
    }
    this.bufferStart = this.rawPos;
    this.bufferEnd = this.rawPos;
    this.bufferValid = true;
    while (remaining > 0 && this.bufferEnd - this.bufferStart < BUFFER_SIZE) {
      const got = this.rawRead(BUFFER_SIZE - (this.bufferEnd - this.bufferStart));
      this.bufferEnd += got;
      const take = Math.min(remaining, got);
      this.pos += take;
      remaining -= take;
    }
  }

  /** BufferedReader.seek(target): inside the buffer it only moves; otherwise DecompressReader.seek reads up to it. */
  private seek(target: number): void {
    const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
    if (avail > 0 && target >= this.bufferStart && target <= this.bufferEnd) {
      this.pos = target;
      return;
    }
    while (this.rawPos < target) this.rawRead(Math.min(BUFFER_SIZE, target - this.rawPos));
    this.pos = this.rawPos;
    this.bufferValid = false;
  }
}
