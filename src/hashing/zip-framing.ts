/**
 * warehouse's `validate_zipfile` (warehouse/utils/zipfiles.py), record for
 * record: a zip must read the same whether a tool trusts its central directory
 * (pip, Python's zipfile) or streams its local headers front to back. Data
 * before the first local header, a local header whose name or sizes differ
 * from the central directory's, two central-directory entries for one local
 * header, data descriptors, per-entry comments, a second archive appended:
 * PyPI refuses them all ("ZIP archive not accepted: …"), with the texts below.
 *
 * The walk is a push parser, so it runs on the chunks of the one sequential
 * read that hashes the file (`feed`), or, when nothing reads the whole file,
 * by reading only the record headers and seeking over the data (`checkFile`).
 */
import { BLOCK_SIZE, BlockReader } from '../files/block-reader.js';

/** What Python's zipfile read from the central directory, by the name it decoded. */
export type CentralDirectorySizes = Map<string, { compressedSize: number; size: number }>;

const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;

class Invalid extends Error {}

type Request = { read: number } | { skip: number };

/** cp437, the encoding zipfile assumes for names without the UTF-8 flag (bytes 0x80-0xff). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** The name Python's zipfile gives a central-directory entry (`ZipInfo.orig_filename`). */
export function zipfileName(raw: Uint8Array, flags: number): string {
  if ((flags & 0x800) !== 0) return new TextDecoder('utf-8').decode(raw);
  let out = '';
  for (const byte of raw) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return out;
}

function unprintable(bytes: Uint8Array): boolean {
  return bytes.some((b) => b < 0x20 || b === 0x7f);
}

/** The record walk of validate_zipfile; yields what it needs next, returns the file offset it stopped at. */
function* walk(cd: CentralDirectorySizes): Generator<Request, number, Uint8Array> {
  let pos = 0;
  const read = function* (n: number): Generator<Request, Buffer, Uint8Array> {
    if (n === 0) return Buffer.alloc(0);
    const bytes = yield { read: n };
    pos += n;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const skip = function* (n: number): Generator<Request, void, Uint8Array> {
    if (n > 0) yield { skip: n };
    pos += n;
  };

  const localNames = new Set<string>();
  const cdNames = new Set<string>();
  let expectedEocd64: number | undefined;
  let actualEocd64: number | undefined;
  let cdRecords = 0;
  let cdOffset: number | undefined;
  let cdSize = 0;
  let eocdRecords: number | undefined;
  let eocdSize: number | undefined;
  let eocdOffset: number | undefined;

  for (;;) {
    const signature = (yield* read(4)).readUInt32LE(0);
    if (signature === SIG_EOCD && expectedEocd64 !== undefined && actualEocd64 === undefined) throw new Invalid('Malformed zip file');
    if (signature === SIG_EOCD64_LOCATOR && (expectedEocd64 === undefined || actualEocd64 !== undefined)) throw new Invalid('Malformed zip file');
    if (signature !== SIG_EOCD64_LOCATOR && signature !== SIG_EOCD && expectedEocd64 !== undefined) throw new Invalid('Malformed zip file');

    if (signature === SIG_CENTRAL) {
      cdOffset ??= pos - 4;
      cdRecords++;
      const header = yield* read(42);
      const nameLength = header.readUInt16LE(24);
      const extraLength = header.readUInt16LE(26);
      if (header.readUInt16LE(28) !== 0) throw new Invalid('Comment in central directory');
      const name = yield* read(nameLength);
      yield* read(extraLength);
      if (unprintable(name)) throw new Invalid('Invalid character in filename');
      cdSize += 46 + nameLength + extraLength;
      const key = name.toString('latin1');
      if (cdNames.has(key)) throw new Invalid('Duplicate filename in central directory');
      if (!localNames.has(key)) throw new Invalid('Missing filename in local headers');
      cdNames.add(key);
    } else if (signature === SIG_LOCAL) {
      const header = yield* read(26);
      const flags = header.readUInt16LE(2);
      const method = header.readUInt16LE(4);
      let compressedSize = header.readUInt32LE(14);
      let size = header.readUInt32LE(18);
      const name = yield* read(header.readUInt16LE(22));
      let extra = yield* read(header.readUInt16LE(24));
      if (unprintable(name)) throw new Invalid('Invalid character in filename');
      const seenExtras = new Set<number>();
      while (extra.length > 0) {
        if (extra.length < 4) throw new Invalid('Malformed zip file');
        const id = extra.readUInt16LE(0);
        const dataSize = extra.readUInt16LE(2);
        if (dataSize + 4 > extra.length) throw new Invalid('Malformed zip file');
        if (seenExtras.has(id) && (id === 0x0001 || id === 0x7075)) throw new Invalid('Invalid duplicate extra in local file');
        seenExtras.add(id);
        if (id === 0x0001) {
          if (![0, 8, 16, 24, 28].includes(dataSize)) throw new Invalid('Malformed zip file');
          if (dataSize === 0) {
            if (compressedSize === U32_MAX || size === U32_MAX) throw new Invalid('Malformed zip file');
          } else if (dataSize === 8) {
            if (method !== 0) throw new Invalid('Malformed zip file');
            compressedSize = Number(extra.readBigUInt64LE(4));
            if (size === U32_MAX) size = compressedSize;
          } else {
            if (size === U32_MAX) size = Number(extra.readBigUInt64LE(4));
            compressedSize = Number(extra.readBigUInt64LE(12));
          }
        } else if (id === 0x7075) {
          const unicodeName = extra.subarray(9, 4 + dataSize);
          if (unprintable(unicodeName)) throw new Invalid('Invalid character in filename');
          if (!validUtf8(unicodeName)) throw new Invalid('Filename not valid UTF-8');
        }
        extra = extra.subarray(dataSize + 4);
      }
      if ((flags & 0x08) !== 0) throw new Invalid('ZIP contains a data descriptor');
      if (!validUtf8(name)) throw new Invalid('Filename not unicode');
      const expected = cd.get(name.toString('utf8'));
      if (!expected) throw new Invalid('Filename not in central directory');
      if (expected.compressedSize !== compressedSize) throw new Invalid('Mis-matched data size');
      if (expected.size !== size) throw new Invalid('Mis-matched file size');
      yield* skip(compressedSize);
      const key = name.toString('latin1');
      if (localNames.has(key)) throw new Invalid('Duplicate filename in local headers');
      localNames.add(key);
    } else if (signature === SIG_EOCD) {
      cdOffset ??= pos - 4;
      const eocd = yield* read(18);
      if (eocd.readUInt16LE(4) !== eocd.readUInt16LE(6)) throw new Invalid('Malformed zip file');
      if (!(actualEocd64 !== undefined && eocdOffset !== undefined)) {
        eocdRecords = eocd.readUInt16LE(6);
        eocdSize = eocd.readUInt32LE(8);
        eocdOffset = eocd.readUInt32LE(12);
      }
      yield* skip(eocd.readUInt16LE(16));
      if (eocdRecords !== cdRecords) throw new Invalid('Mismatched central directory records');
      if (eocdOffset !== cdOffset) throw new Invalid('Mismatched central directory offset');
      if (eocdSize !== cdSize) throw new Invalid('Mismatched central directory size');
      break;
    } else if (signature === SIG_EOCD64) {
      expectedEocd64 = pos - 4;
      const eocd64 = yield* read(52);
      const recordSize = Number(eocd64.readBigUInt64LE(0));
      if (eocd64.readBigUInt64LE(20) !== eocd64.readBigUInt64LE(28)) throw new Invalid('Malformed zip file');
      if (recordSize !== 44) throw new Invalid('ZIP64 extensible data not allowed');
      eocdRecords = Number(eocd64.readBigUInt64LE(28));
      eocdSize = Number(eocd64.readBigUInt64LE(36));
      eocdOffset = Number(eocd64.readBigUInt64LE(44));
    } else if (signature === SIG_EOCD64_LOCATOR) {
      actualEocd64 = Number((yield* read(16)).readBigUInt64LE(4));
      if (expectedEocd64 !== actualEocd64) throw new Invalid('Mis-matched EOCD64 record and locator offset');
    } else {
      throw new Invalid('Unknown record signature');
    }
  }
  if (cdNames.size !== localNames.size || [...cdNames].some((n) => !localNames.has(n))) {
    throw new Invalid('Mis-matched local headers and central directory');
  }
  return pos;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fed the file's bytes in order, once; `result` then says what warehouse's
 * validate_zipfile says: undefined for a zip it accepts, else its reason.
 */
export class ZipFramingCheck {
  private readonly walker: Generator<Request, number, Uint8Array>;
  private request: Request | undefined;
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private failure: string | undefined;
  private stoppedAt: number | undefined;
  private total = 0;

  constructor(cd: CentralDirectorySizes) {
    this.walker = walk(cd);
    this.advance(undefined);
  }

  private advance(input: Uint8Array | undefined): void {
    try {
      const next = input === undefined ? this.walker.next() : this.walker.next(input);
      if (next.done) {
        this.stoppedAt = next.value;
        this.request = undefined;
      } else {
        this.request = next.value;
      }
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.failure = error.message;
      this.request = undefined;
    }
  }

  /** The next bytes of the file. */
  feed(chunk: Uint8Array): void {
    this.total += chunk.byteLength;
    let offset = 0;
    while (offset < chunk.byteLength && this.request) {
      const request = this.request;
      if ('skip' in request) {
        const n = Math.min(request.skip, chunk.byteLength - offset);
        offset += n;
        if (n === request.skip) this.advance(new Uint8Array(0));
        else request.skip -= n;
        continue;
      }
      const n = Math.min(request.read - this.pendingLength, chunk.byteLength - offset);
      this.pending.push(Buffer.from(chunk.subarray(offset, offset + n)));
      this.pendingLength += n;
      offset += n;
      if (this.pendingLength === request.read) {
        const bytes = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingLength = 0;
        this.advance(bytes);
      }
    }
  }

  /** What is still wanted: bytes to read, or bytes to pass over (a driver that can seek skips them). */
  wants(): Request | undefined {
    return this.request && ('read' in this.request ? { read: this.request.read - this.pendingLength } : { ...this.request });
  }

  /** Passes over bytes the walk does not look at, without them being read. */
  skip(n: number): void {
    const request = this.request;
    if (!request || !('skip' in request) || n > request.skip) throw new Error('skip beyond what the zip walk asked for');
    this.total += n;
    if (n === request.skip) this.advance(new Uint8Array(0));
    else request.skip -= n;
  }

  /** After the whole file: warehouse's reason for refusing it, or undefined. */
  result(fileSize = this.total): string | undefined {
    if (this.failure !== undefined) return this.failure;
    // The file ended in the middle of a record (or of data a header announced).
    if (this.stoppedAt === undefined) return 'Malformed zip file';
    if (this.stoppedAt !== fileSize) return 'Trailing data';
    return undefined;
  }
}

/** validate_zipfile on a file nothing else reads through: headers are read, data is passed over. */
export async function checkZipFraming(path: string, cd: CentralDirectorySizes): Promise<string | undefined> {
  const check = new ZipFramingCheck(cd);
  // A few small reads per member: served from blocks read ahead, not one trip to the file each.
  const file = await BlockReader.open(path);
  try {
    const size = file.size;
    let pos = 0;
    for (let want = check.wants(); want; want = check.wants()) {
      if ('skip' in want) {
        // Python seeks past the end without complaint; the next read then finds nothing.
        const n = Math.min(want.skip, Math.max(0, size - pos));
        if (n === 0) break;
        check.skip(n);
        pos += n;
        continue;
      }
      const bytes = await file.read(pos, Math.min(BLOCK_SIZE, want.read));
      if (bytes.length === 0) break;
      check.feed(bytes);
      pos += bytes.length;
    }
    return check.result(size);
  } finally {
    await file.close();
  }
}
