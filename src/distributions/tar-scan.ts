/**
 * A small streaming reader for .tar.gz sdists: it lists member names the way
 * Python's tarfile does (directory names without their trailing "/", ustar
 * prefixes, pax `path` records and GNU long names applied) and keeps only the
 * few members asked for, each capped. The inflated total is bounded too, since
 * a gzip bomb needs no zip format to work.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { GzipError, GzipReader } from './gzip-members.js';
import { ZlibError } from './inflate.js';
import { PythonReads } from './python-reads.js';
import { BLOCK, paxNumber, parseHeader, pythonText } from './tar-header.js';
import type { ArchiveLimits } from './zip-scan.js';

export interface TarScanOptions {
  limits: ArchiveLimits;
  capture: (name: string) => boolean;
  maxCaptured?: number;
}

export type TarScanFailure =
  | { kind: 'not-gzip'; reason: string }
  | { kind: 'not-tar'; reason: string }
  /**
   * `stream`: the gzip/zlib stream or the tar data ends or breaks off (Python's
   * tarfile raises, so warehouse refuses the file); otherwise a header past the
   * first is damaged, where tarfile quietly stops reading.
   */
  | { kind: 'corrupt'; reason: string; stream?: boolean }
  | { kind: 'bomb'; inflated: number; compressed: number };

export interface TarScan {
  names: string[];
  captured: Map<string, Buffer>;
  /** Members asked for but larger than limits.maxMemberSize. */
  oversized: string[];
  /** Sparse members (GNU type 'S' or pax GNU.sparse.* records), which warehouse refuses. */
  sparse: string[];
  /** Members asked for but not read, and why: not a regular file, or past maxCaptured. */
  skipped: Map<string, string>;
  failure?: TarScanFailure;
}


const TYPE_NAMES: Record<string, string> = { '1': 'a hard link', '2': 'a symbolic link', '3': 'a character device', '4': 'a block device', '5': 'a directory', '6': 'a FIFO' };

export async function scanTarGz(path: string, options: TarScanOptions): Promise<TarScan> {
  // Node's gunzip first: it is fast whatever the number of gzip members, and where it succeeds
  // Python reads the same bytes. It fails the whole stream on bytes after the last member that
  // Python never reads, so then the file is read again as Python reads it (gzip-members.ts), at
  // a cost per member that only a file already refused by gunzip can run up.
  // Node's gunzip also stops quietly at zero bytes after a member, where Python skips them and
  // reads on: a tar that runs out of data before its end-of-archive block is read again too.
  // And gunzip's answer stands only if it inflates the rest of the file without an error: Python
  // inflates a little past the tar's end (see python-reads.ts), and whether it gets as far as an
  // error there is decided by the second reading, which makes Python's reads.
  const quick: WalkOutcome = { inflateFailed: false, ranOut: false };
  const scan = await walkTar(path, options, gunzipAll(path), quick);
  if (!quick.inflateFailed && !quick.ranOut) return scan;
  const gzip = await GzipReader.open(path);
  try {
    const reads = new PythonReads(gzip);
    return await walkTar(path, options, reads.data(), { inflateFailed: false, ranOut: false }, reads);
  } finally {
    await gzip.close();
  }
}

/** Every gzip member of the file, inflated by Node's gunzip. */
async function* gunzipAll(path: string): AsyncGenerator<Buffer, void, undefined> {
  const gunzip = createGunzip();
  const source = createReadStream(path);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  try {
    yield* gunzip as AsyncIterable<Buffer>;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** How a tar walk ended: `inflateFailed`, the inflating (not the tar) failed; `ranOut`, the inflated bytes ended before the tar's end-of-archive block. */
interface WalkOutcome {
  inflateFailed: boolean;
  ranOut: boolean;
}

/**
 * Reads the tar from `inflate`. With `reads` (the second, Python-like reading), `inflate` is what
 * tarfile's reads bring, and it tells them each read as soon as it knows it; without, it inflates
 * the rest of the file after the end-of-archive block, and any failure there marks the walk
 * `inflateFailed` for the second reading to judge.
 */
async function walkTar(path: string, options: TarScanOptions, inflate: AsyncGenerator<Buffer, void, undefined>, seen: WalkOutcome, reads?: PythonReads): Promise<TarScan> {
  const { limits } = options;
  const maxCaptured = options.maxCaptured ?? 16;
  const compressed = (await stat(path)).size;
  const names: string[] = [];
  const captured = new Map<string, Buffer>();
  const oversized: string[] = [];
  const sparse: string[] = [];
  const skipped = new Map<string, string>();
  const result = (failure?: TarScanFailure): TarScan => ({ names, captured, oversized, sparse, skipped, ...(failure ? { failure } : {}) });
  /** A GNU sparse header's extension blocks still to skip before its data. */
  let sparseExtension = false;
  /** The pax header before this member declared it sparse. */
  let paxSparse = false;

  const header = Buffer.alloc(BLOCK);
  let headerFill = 0;
  let dataLeft = 0; // bytes of the current member's data still to come
  let padLeft = 0; // padding after it, up to the block boundary
  let current: { name: string; type: string; keep: Buffer[] | undefined; special: Buffer[] | undefined } | undefined;
  let paxPath: string | undefined;
  /** A global ('g') pax header's path, which tarfile gives every member after it that no other header names. */
  let globalPath: string | undefined;
  let longName: string | undefined;
  let paxSize: number | undefined;
  /** A global pax header's size: tarfile takes it for a member only through a member's own pax header (its records start as a copy of the global ones). */
  let globalSize: number | undefined;
  /** A pax header ('x') came since the last member: the member's data ends where that header's size (or the global one) says. */
  let paxSeen = false;
  /** Which of a pax header and a GNU long name came first since the last member: tarfile lets the first one name it. */
  let firstNamer: 'pax' | 'long' | undefined;
  let inflated = 0;
  let headersSeen = 0;
  let ended = false;
  /** Where the end-of-archive block ends in the inflated data. */
  let endAt = 0;
  /**
   * What the last header was when it was a pax or GNU extended header: tarfile reads the header it
   * describes at once, and any header error there (even an end-of-archive block) is its
   * SubsequentHeaderError, a ReadError, where after a plain member it would only stop reading.
   */
  let afterMeta: string | undefined;
  /** A failure in Python's words: ReadError text, then where. */
  const streamFailure = (python: string, where: string): TarScanFailure => ({ kind: 'corrupt', reason: `${python} (${where})`, stream: true });

  const finishMember = (): TarScanFailure | undefined => {
    if (!current) return undefined;
    if (current.special) {
      const data = Buffer.concat(current.special);
      const records = current.type === 'L' || current.type === 'K' ? undefined : paxRecords(data);
      if (records === null) {
        current = undefined;
        return badPaxRecords();
      }
      // tarfile reads a size record as int(), and one it cannot read as 0.
      const size = records?.get('size');
      const sizeRecord = size === undefined ? undefined : Math.max(0, paxNumber(size) ?? 0);
      if (records && current.type === 'g') {
        globalPath = records.get('path') ?? globalPath;
        globalSize = sizeRecord ?? globalSize;
      } else if (records) {
        paxSeen = true;
        firstNamer ??= 'pax';
        paxPath = records.get('path') ?? paxPath;
        if ([...records.keys()].some((key) => key.startsWith('GNU.sparse.'))) paxSparse = true;
        paxSize = sizeRecord ?? paxSize;
      } else if (current.type === 'L') {
        const nul = data.indexOf(0);
        longName = pythonText(nul === -1 ? data : data.subarray(0, nul));
        firstNamer ??= 'long';
      }
    }
    if (current.keep) captured.set(current.name, Buffer.concat(current.keep));
    current = undefined;
    return undefined;
  };
  /** Python 3.13's tarfile checks every pax record's framing: a bad one is an invalid header, which stops the reading (or, first, is no tar). */
  const badPaxRecords = (): TarScanFailure => headersSeen === 1
    ? { kind: 'not-tar', reason: 'the first header is a pax header with a malformed record' }
    : { kind: 'corrupt', reason: `header ${headersSeen} is a pax header with a malformed record (tarfile stops reading there)` };

  const onHeader = (): TarScanFailure | undefined => {
    if (header.every((b) => b === 0)) {
      if (afterMeta) return streamFailure('end of file header', `an end-of-archive block right after a ${afterMeta}`);
      ended = true; // end-of-archive marker; what follows is padding
      return undefined;
    }
    const parsed = parseHeader(header);
    if (parsed.invalid) {
      const what = parsed.invalid === 'bad checksum' ? 'has a bad checksum' : 'has a field tarfile cannot read as a number';
      if (headersSeen === 0) return { kind: 'not-tar', reason: `the first header block ${what}` };
      if (afterMeta) return streamFailure(parsed.invalid, `header ${headersSeen + 1}, right after a ${afterMeta}`);
      return { kind: 'corrupt', reason: `header ${headersSeen + 1} ${what}` };
    }
    headersSeen++;
    const type = parsed.type;
    // 'X' is Solaris's pax extended header, which tarfile reads as 'x'.
    const isMeta = type === 'x' || type === 'X' || type === 'g' || type === 'L' || type === 'K';
    const size = !isMeta && paxSeen ? paxSize ?? globalSize ?? parsed.size : parsed.size;
    if (!isMeta) paxSize = undefined;
    afterMeta = isMeta ? (type === 'L' || type === 'K' ? 'GNU long name header' : 'pax header') : undefined;
    // Like tarfile: links, directories and devices carry no data whatever their size field says.
    dataLeft = '123456'.includes(type) || parsed.directory ? 0 : size;
    padLeft = (BLOCK - (dataLeft % BLOCK)) % BLOCK;
    if (type === 'x' || type === 'X' || type === 'g' || type === 'L') {
      current = { name: '', type, keep: undefined, special: size <= limits.maxMemberSize ? [] : undefined };
    } else if (type === 'K') {
      current = { name: '', type, keep: undefined, special: undefined };
    } else {
      // tarfile names a member by its header, then by the global pax path, then by the headers
      // before it from the nearest to the first: each extended header reads the header after it and
      // renames what that returns. A pax header gives its own path, or the global one its records
      // copied (its trailing "/" always dropped); a GNU long name drops one trailing "/" from a directory's.
      const path = paxPath ?? globalPath;
      const long = longName !== undefined && !(firstNamer === 'pax' && path !== undefined);
      const name = long ? (parsed.directory ? longName!.replace(/\/$/, '') : longName!) : path !== undefined ? path.replace(/\/+$/, '') : parsed.name;
      longName = undefined;
      paxPath = undefined;
      paxSeen = false;
      firstNamer = undefined;
      names.push(name);
      if (type === 'S' || paxSparse) sparse.push(name);
      paxSparse = false;
      let keep: Buffer[] | undefined;
      const isFile = (type === '0' || type === '7') && !parsed.directory;
      if (options.capture(name)) {
        if (!isFile) skipped.set(name, `it is not a regular file (tar member type ${JSON.stringify(type)}: ${TYPE_NAMES[type] ?? 'unknown'})`);
        else if (captured.size >= maxCaptured) skipped.set(name, `the archive names more than ${maxCaptured} members like it before it`);
        else if (size <= limits.maxMemberSize) keep = [];
        else oversized.push(name);
      }
      current = { name, type, keep, special: undefined };
    }
    if (type === 'S' && header[482] !== 0) {
      // An old GNU sparse header continues in extension blocks before its data.
      sparseExtension = true;
      sparseData = { dataLeft, padLeft };
      dataLeft = 0;
      padLeft = 0;
    }
    if (dataLeft === 0) return finishMember();
    return undefined;
  };
  let sparseData = { dataLeft: 0, padLeft: 0 };

  const bomb = (): boolean => inflated > limits.ratioCheckMinSize && inflated > compressed * limits.maxCompressionRatio;
  const pull = async (): Promise<Buffer | undefined> => {
    const next = await inflate.next();
    if (next.done) {
      // The reads told cover every byte the walk needs, unless the file has no more.
      if (reads && !ended && !reads.exhausted) throw new Error('the tar reader wants bytes no read of tarfile asked for');
      return undefined;
    }
    inflated += next.value.length;
    return next.value;
  };
  /** Walks on through `chunk`, the next inflated bytes: a failure stops the walk; so does the end-of-archive block (`ended`). */
  const consume = (chunk: Buffer): TarScanFailure | undefined => {
    let offset = 0;
    while (offset < chunk.length && !ended) {
      if (dataLeft > 0) {
        const n = Math.min(dataLeft, chunk.length - offset);
        const piece = chunk.subarray(offset, offset + n);
        current?.keep?.push(Buffer.from(piece));
        current?.special?.push(Buffer.from(piece));
        dataLeft -= n;
        offset += n;
        if (dataLeft === 0) {
          const failure = finishMember();
          if (failure) return failure;
        }
        continue;
      }
      if (padLeft > 0) {
        const n = Math.min(padLeft, chunk.length - offset);
        padLeft -= n;
        offset += n;
        continue;
      }
      const n = Math.min(BLOCK - headerFill, chunk.length - offset);
      chunk.copy(header, headerFill, offset, offset + n);
      headerFill += n;
      offset += n;
      if (headerFill < BLOCK) continue;
      headerFill = 0;
      /** Where the block just read ends in the inflated data. */
      const at = inflated - chunk.length + offset;
      // tarfile's next reads, told before the walk needs their bytes: next() (a seek and a read of
      // 1 byte where the member has data, then the header); an extended header's data, and at once
      // the header it describes; a sparse header's extension blocks, one after another.
      if (sparseExtension) {
        sparseExtension = header[504] !== 0;
        if (sparseExtension) reads?.read(BLOCK);
        else {
          ({ dataLeft, padLeft } = sparseData);
          reads?.header(at + dataLeft + padLeft, false);
        }
        continue;
      }
      const failure = onHeader();
      if (failure) return failure;
      if (ended) endAt = at;
      else if (afterMeta) {
        reads?.read(dataLeft + padLeft);
        reads?.header(at + dataLeft + padLeft, true);
      } else if (sparseExtension) reads?.read(BLOCK);
      else reads?.header(at + dataLeft + padLeft, false);
    }
    return undefined;
  };
  try {
    // tarfile's first next(): the first header, at the start.
    reads?.header(0, false);
    for (let chunk = await pull(); chunk !== undefined; chunk = ended ? undefined : await pull()) {
      if (bomb()) return result({ kind: 'bomb', inflated, compressed });
      const failure = consume(chunk);
      if (failure) return result(failure);
    }
    if (ended && !reads) await drain();
    // The reads that brought the end-of-archive block, made to their end (as Python makes them).
    if (ended && reads) while (await pull());
  } catch (error) {
    seen.inflateFailed = true;
    const reason = error instanceof Error ? error.message : String(error);
    const before = inflated;
    if (reads && error instanceof ZlibError) {
      // Python's read fails whole, but where what zlib wrote before the error holds the tar's end,
      // the error lies after it: say how far.
      inflated += error.partial.length;
      if (!ended) consume(error.partial);
      if (ended) return result(streamFailure(reason, `the compressed data breaks off ${inflated - endAt} bytes after the tar's end-of-archive block, within what Python inflates`));
    }
    if ((error instanceof GzipError && error.notGzip) || before === 0) return result({ kind: 'not-gzip', reason });
    return result({ kind: 'corrupt', reason, stream: true });
  } finally {
    await inflate.return();
  }
  seen.ranOut = !ended;
  return ended ? result() : ranOut();

  /** Node's gunzip on to the end of the file: a failure there (or a bomb, which Python may never read) is for the second reading. */
  async function drain(): Promise<void> {
    try {
      while (await pull()) {
        if (bomb()) {
          seen.inflateFailed = true;
          return;
        }
      }
    } catch {
      seen.inflateFailed = true;
    }
  }

  /**
   * Where the tar data ran out before its end-of-archive block, what tarfile makes of it: a member's
   * data or block padding cut short is "unexpected end of data" (next() seeks to the byte before
   * the next header and finds none); a header cut short or missing only stops the reading, as a
   * damaged one does, unless it is the first or follows an extended header.
   */
  function ranOut(): TarScan {
    if (dataLeft > 0 || padLeft > 0 || sparseExtension) {
      // An extended header's own data cut short: tarfile reads what there is, then finds no header.
      if (afterMeta) {
        // tarfile parses the records it got before it looks for the header they describe.
        const partial = current?.special && current.type !== 'L' && current.type !== 'K' ? paxRecords(Buffer.concat(current.special)) : undefined;
        if (partial === null) return result(badPaxRecords());
        return result(streamFailure('empty header', `the archive is truncated inside the data of a ${afterMeta}`));
      }
      return result(streamFailure('unexpected end of data', `the archive is truncated inside the data or block padding of ${names.at(-1) ?? 'a member'}`));
    }
    if (headersSeen === 0) return result({ kind: 'not-tar', reason: headerFill > 0 ? 'truncated header' : 'no tar header found' });
    if (afterMeta) return result(streamFailure(headerFill > 0 ? 'truncated header' : 'empty header', `the archive is truncated right after a ${afterMeta}`));
    if (headerFill > 0) return result({ kind: 'corrupt', reason: `header ${headersSeen + 1} is cut short: the archive ends ${headerFill} bytes into it` });
    return result();
  }
}

/**
 * pax extended header records, "<length> <key>=<value>\n", up to a NUL or the end; null where
 * one is malformed, as Python 3.13's tarfile checks them (1 to 20 digits and a space, a length of
 * at least 5 that stays inside the data, a non-empty key, "=", a closing newline).
 */
function paxRecords(data: Buffer): Map<string, string> | null {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length && data[offset] !== 0) {
    const prefix = /^([0-9]{1,20}) /.exec(data.toString('latin1', offset, offset + 21));
    if (!prefix) return null;
    const length = Number(prefix[1]);
    if (length < 5 || offset + length > data.length || data[offset + length - 1] !== 0x0a) return null;
    const record = data.subarray(offset + prefix[0].length, offset + length - 1);
    const eq = record.indexOf(0x3d);
    if (eq <= 0) return null;
    records.set(record.toString('utf8', 0, eq), pythonText(record.subarray(eq + 1)));
    offset += length;
  }
  return records;
}
