/**
 * Reads a zip archive defensively: every structural problem becomes a finding
 * instead of an exception, nothing is ever extracted, and memory stays bounded
 * (members are streamed; only the few small text members asked for are kept,
 * each capped). Zip bombs are caught twice: from the sizes the central directory
 * declares, and while inflating, in case those sizes lie.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { BlockReader } from '../files/block-reader.js';
import type { Entry, ZipFile } from 'yauzl';
import { scanFile, type MemberOutcome, type MemberPlan, type ScanRequest, type ScanResult } from '../hashing/index.js';
import type { KnownDigests } from './digests.js';
import { sample } from './record.js';
import { checkZipFraming, zipfileName, type CentralDirectorySizes } from '../hashing/zip-framing.js';

export interface ArchiveLimits {
  /** Largest text member (METADATA, WHEEL, RECORD, PKG-INFO) read into memory. Default 64 MiB. */
  maxMemberSize: number;
  /** Uncompressed/compressed ratio above which a large member is treated as a zip bomb. Default 50, as warehouse. */
  maxCompressionRatio: number;
  /**
   * Members smaller than this are never called bombs, whatever their ratio: small
   * text files compress far beyond 50x legitimately (warehouse exempts archives
   * under 64 MiB for the same reason). Default 32 MiB.
   */
  ratioCheckMinSize: number;
}

export const MiB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxMemberSize: 64 * MiB,
  maxCompressionRatio: 50,
  ratioCheckMinSize: 32 * MiB,
};

/** warehouse COMPRESSION_RATIO_MIN_SIZE: its whole-archive ratio check applies above this. */
export const WAREHOUSE_RATIO_MIN_SIZE = 64 * MiB;

/** A finding about an archive, before it is attributed to a file. */
export interface ArchiveProblem {
  rule: string;
  message: string;
  fix: string;
  pypiMessage?: string;
  members?: string[];
}

export interface ScannedMember {
  name: string;
  isDirectory: boolean;
  compressedSize: number;
  /** The uncompressed size the central directory declares. */
  declaredSize: number;
  compressionMethod: number;
  /** Bytes actually inflated; undefined when the member was not read (or reading failed). */
  size?: number;
  /** urlsafe-base64 sha256 without padding, as RECORD writes it; only when hashing was asked for. */
  sha256?: string;
}

export interface ZipScanOptions {
  limits?: Partial<ArchiveLimits>;
  /** Members whose bytes are wanted (kept in memory, at most limits.maxMemberSize each). */
  capture?: (name: string) => boolean;
  /** At most this many members are captured; more is itself suspicious. Default 16. */
  maxCaptured?: number;
  /** Inflate and sha256 every member (for RECORD checks and bomb detection while inflating). */
  hashMembers?: boolean;
  /** Also hash the whole file (sha256, BLAKE2b-256) in the same read; only a readable zip gets `digests`. */
  fileDigests?: boolean;
  /** With fileDigests: BLAKE2b-256 too (default true). */
  blake2b?: boolean;
}

export interface ZipScan {
  /** False when the file is not a readable zip at all. */
  readable: boolean;
  members: ScannedMember[];
  captured: Map<string, Buffer>;
  problems: ArchiveProblem[];
  /** The whole file's digests, when asked for and the zip could be read. */
  digests?: KnownDigests;
}

const REBUILD_FIX = 'Rebuild the distribution with a standard tool (python -m build, pip wheel, cibuildwheel) and do not edit the archive by hand.';

export async function scanZip(path: string, options: ZipScanOptions = {}): Promise<ZipScan> {
  const limits: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...definedOnly(options.limits ?? {}) };
  const capture = options.capture ?? (() => false);
  const maxCaptured = options.maxCaptured ?? 16;
  const problems = new ProblemList();
  const members: ScannedMember[] = [];
  const captured = new Map<string, Buffer>();

  let zip: ZipFile;
  try {
    // decodeStrings=false: yauzl would stop at the first unsafe name ("../x"); names are
    // decoded and judged here so every one is reported. validateEntrySizes=false: sizes
    // are enforced here while inflating, per member, instead of failing the whole scan.
    zip = await openZip(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
  } catch (error) {
    const reason = errorText(error);
    const noEocd = /end of central directory record signature not found/i.test(reason);
    problems.add('zip-invalid', [], {
      message: noEocd ? 'The file is not a zip archive' : `The zip archive cannot be read: ${reason}`,
      fix: 'Check that the file is a complete wheel (a truncated download or an HTML error page saved as .whl looks like this) and rebuild or download it again.',
      ...(noEocd ? { pypiMessage: 'Invalid distribution file. File is not a zipfile' } : {}),
    });
    return { readable: false, members, captured, problems: problems.list() };
  }

  try {
    const entries = await readCentralDirectory(zip, problems);
    const fileSize = zip.fileSize;
    // What Python's zipfile reads from the central directory, for warehouse's record-by-record walk.
    const cdSizes: CentralDirectorySizes = new Map();
    for (const entry of entries) {
      cdSizes.set(zipfileName(entry.fileNameRaw, entry.generalPurposeBitFlag), { compressedSize: entry.compressedSize, size: entry.uncompressedSize });
    }
    let framingResult: string | undefined;

    const seen = new Set<string>();
    const duplicates: string[] = [];
    const unsafe: string[] = [];
    const badMethod: string[] = [];
    const encrypted: string[] = [];
    const bombs: string[] = [];
    let totalDeclared = 0;
    const skip = new Set<Entry>();

    for (const entry of entries) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const member: ScannedMember = {
        name,
        isDirectory: name.endsWith('/'),
        compressedSize: entry.compressedSize,
        declaredSize: entry.uncompressedSize,
        compressionMethod: entry.compressionMethod,
      };
      members.push(member);
      totalDeclared += entry.uncompressedSize;
      if (seen.has(name)) duplicates.push(name);
      seen.add(name);
      const pathProblem = unsafePath(name);
      if (pathProblem) unsafe.push(`${printable(name)} (${pathProblem})`);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        badMethod.push(`${printable(name)} (method ${entry.compressionMethod})`);
        skip.add(entry);
      }
      if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
        encrypted.push(printable(name));
        skip.add(entry);
      }
      if (isBomb(entry.uncompressedSize, entry.compressedSize, limits)) {
        bombs.push(`${printable(name)} (${entry.uncompressedSize} bytes from ${entry.compressedSize})`);
        skip.add(entry);
      }
    }

    if (unsafe.length > 0) {
      problems.add('zip-member-path', unsafe, {
        message: `${plural(unsafe.length, 'member has', 'members have')} an unsafe path: ${sample(unsafe)}`,
        fix: `${REBUILD_FIX} Member paths must be relative, use "/" as the separator and never contain "..".`,
      });
    }
    if (duplicates.length > 0) {
      problems.add('zip-duplicate-member', duplicates, {
        message: `${plural(duplicates.length, 'member name appears', 'member names appear')} more than once: ${sample(duplicates.map(printable))}`,
        fix: `${REBUILD_FIX} Tools disagree about which copy of a duplicated member wins.`,
      });
    }
    if (badMethod.length > 0) {
      problems.add('zip-compression-method', badMethod, {
        message: `${plural(badMethod.length, 'member uses', 'members use')} a compression method other than stored or deflate: ${sample(badMethod)}`,
        fix: `${REBUILD_FIX} Only stored and deflate are accepted.`,
        pypiMessage: 'Invalid distribution file. File does not use a supported compression type',
      });
    }
    if (encrypted.length > 0) {
      problems.add('zip-encrypted', encrypted, {
        message: `${plural(encrypted.length, 'member is', 'members are')} encrypted: ${sample(encrypted)}`,
        fix: `${REBUILD_FIX} Distributions cannot be encrypted.`,
      });
    }

    // warehouse's own bomb check, on the whole archive. When it trips, members are not
    // hashed: many members each just under the per-member threshold would otherwise
    // still cost an unbounded amount of inflating.
    const archiveRatio = fileSize > 0 ? totalDeclared / fileSize : 0;
    const warehouseRefuses = totalDeclared > WAREHOUSE_RATIO_MIN_SIZE && archiveRatio > limits.maxCompressionRatio;
    const hashMembers = options.hashMembers === true && !warehouseRefuses;

    // Second pass: inflate what we need, enforcing sizes as the bytes arrive. Where each
    // member's data starts comes from its local header (yauzl checks it); the bytes are read
    // in one sequential pass, on a worker thread when there is one (src/hashing).
    const inflateBombs: string[] = [];
    const corrupt: string[] = [];
    const oversized: string[] = [];
    const outcomes = new Map<number, MemberOutcome>();
    const plans: MemberPlan[] = [];
    const planned: number[] = [];
    let capturedCount = 0;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const member = members[i];
      if (member.isDirectory || skip.has(entry)) continue;
      const wantBytes = capture(member.name) && capturedCount < maxCaptured;
      if (!wantBytes && !hashMembers) continue;
      if (wantBytes && entry.uncompressedSize > limits.maxMemberSize) {
        oversized.push(`${printable(member.name)} (${entry.uncompressedSize} bytes)`);
        if (!hashMembers) continue;
      }
      const keep = wantBytes && entry.uncompressedSize <= limits.maxMemberSize;
      if (keep) capturedCount++;
      let fileDataStart: number;
      try {
        ({ fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true }));
      } catch (error) {
        outcomes.set(i, { kind: 'corrupt', reason: errorText(error) });
        continue;
      }
      plans.push({
        start: fileDataStart,
        length: entry.compressedSize,
        deflated: entry.compressionMethod === 8,
        declaredSize: entry.uncompressedSize,
        crc32: entry.crc32,
        keep,
        hash: hashMembers,
      });
      planned.push(i);
    }

    let digests: KnownDigests | undefined;
    if (plans.length > 0 || options.fileDigests) {
      const request: ScanRequest = {
        path,
        members: plans,
        wholeFile: options.fileDigests === true,
        // The whole file passes by anyway: warehouse's framing walk rides along on the same chunks.
        ...(options.fileDigests ? { algorithms: options.blake2b !== false ? ['sha256', 'blake2b256'] : ['sha256'], framing: cdSizes } : {}),
      };
      let scanned: ScanResult;
      try {
        scanned = await scanFile(request);
      } catch (error) {
        // The file could be opened but not read through: every member read is in doubt.
        if (options.fileDigests) throw error;
        scanned = { outcomes: plans.map((): MemberOutcome => ({ kind: 'corrupt', reason: errorText(error) })) };
      }
      planned.forEach((index, k) => outcomes.set(index, scanned.outcomes[k]));
      const { sha256, blake2b256 } = scanned.digests ?? {};
      if (options.fileDigests && sha256 !== undefined && scanned.size !== undefined) {
        digests = { sha256, size: scanned.size, ...(blake2b256 !== undefined ? { blake2b256 } : {}) };
        framingResult = scanned.framing?.refused;
      }
    }
    // Nothing read the whole file: the walk reads the record headers alone and passes over the data.
    if (!digests) framingResult = await checkZipFraming(path, cdSizes);

    // Findings in central-directory order, whatever order the bytes were read in.
    for (let i = 0; i < members.length; i++) {
      const outcome = outcomes.get(i);
      if (!outcome) continue;
      const member = members[i];
      switch (outcome.kind) {
        case 'ok':
          member.size = outcome.size;
          if (outcome.sha256 !== undefined) member.sha256 = outcome.sha256;
          if (outcome.bytes) captured.set(member.name, Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength));
          break;
        case 'lying':
          inflateBombs.push(`${printable(member.name)} (declares ${outcome.declared} bytes but inflates to more; reading stopped there)`);
          break;
        case 'corrupt':
          corrupt.push(`${printable(member.name)} (${outcome.reason})`);
          break;
      }
    }

    const allBombs = [...bombs, ...inflateBombs];
    if (allBombs.length > 0 || warehouseRefuses) {
      const parts: string[] = [];
      if (allBombs.length > 0) {
        parts.push(`${plural(allBombs.length, 'member expands', 'members expand')} more than ${limits.maxCompressionRatio}x or past its declared size: ${sample(allBombs)}`);
      }
      if (warehouseRefuses) parts.push(`the whole archive declares ${totalDeclared} bytes from ${fileSize} (ratio ${archiveRatio.toFixed(1)})`);
      problems.add('zip-compression-ratio', allBombs, {
        message: `Zip bomb: ${parts.join('; ')}`,
        fix: 'Do not publish this file: it expands to far more data than it holds. Rebuild it from source; if a real data file compresses this well, ship it compressed.',
        ...(warehouseRefuses ? { pypiMessage: `Invalid distribution file. File exceeds compression ratio of ${limits.maxCompressionRatio}` } : {}),
      });
    }
    if (oversized.length > 0) {
      problems.add('zip-member-too-large', oversized, {
        message: `${plural(oversized.length, 'metadata member is', 'metadata members are')} larger than the ${limits.maxMemberSize}-byte limit: ${sample(oversized)}`,
        fix: 'Metadata files are small text files; rebuild the distribution and check what the build put into them.',
      });
    }
    if (corrupt.length > 0) {
      problems.add('zip-member-corrupt', corrupt, {
        message: `${plural(corrupt.length, 'member is', 'members are')} damaged: ${sample(corrupt)}`,
        fix: 'The file is corrupt (an interrupted download or copy?). Download or rebuild it again and compare its sha256.',
      });
    }
    if (framingResult !== undefined) {
      problems.add('zip-structure', [], {
        message: `The zip archive would read differently by its central directory and by its local headers: ${framingResult}`,
        fix: `${REBUILD_FIX} A zip edited after it was built (a member replaced or appended, data prepended, comments added to members) `
          + 'or written by a streaming zip writer (data descriptors) is refused; let the build tool write the wheel in one go.',
        pypiMessage: `Invalid distribution file. ZIP archive not accepted: ${framingResult}. See https://docs.pypi.org/archives for more information`,
      });
    }
    return { readable: true, members, captured, problems: problems.list(), ...(digests ? { digests } : {}) };
  } finally {
    zip.close();
  }
}

/**
 * yauzl.open, with the central directory and the local headers read through a BlockReader:
 * yauzl reads each central-directory entry in two reads and each local header in one, which
 * for a wheel of 200,000 members had been 600,000 trips through the thread pool (27 s).
 */
async function openZip(path: string, options: yauzl.Options): Promise<ZipFile> {
  const blocks = await BlockReader.open(path);
  try {
    return await yauzl.fromRandomAccessReaderPromise(new BlockRandomAccessReader(path, blocks), blocks.size, options);
  } catch (error) {
    await blocks.close();
    throw error;
  }
}

class BlockRandomAccessReader extends yauzl.RandomAccessReader {
  constructor(private readonly path: string, private readonly blocks: BlockReader) {
    super();
  }

  /** Member data (openReadStream; the scan reads it through src/hashing instead). By path: a stream on the reader's descriptor would close it when destroyed. */
  override _readStreamForRange(start: number, end: number): Readable {
    return createReadStream(this.path, { start, end: end - 1 });
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null, bytesRead?: number) => void): void {
    this.blocks.read(position, length).then(
      (bytes) => {
        bytes.copy(buffer, offset);
        callback(null, bytes.length);
      },
      (error: Error) => callback(error),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    this.blocks.close().then(() => callback(null), (error: Error) => callback(error));
  }
}

function isBomb(uncompressed: number, compressed: number, limits: ArchiveLimits): boolean {
  return uncompressed > limits.ratioCheckMinSize && uncompressed > compressed * limits.maxCompressionRatio;
}

function readCentralDirectory(zip: ZipFile, problems: ProblemList): Promise<Entry[]> {
  return new Promise((resolve) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: unknown) => {
      // The central directory is damaged past this point; report it and keep what was read.
      problems.add('zip-invalid', [], {
        message: `The zip archive's central directory is damaged after ${entries.length} members: ${errorText(error)}`,
        fix: 'The file is corrupt or was built by a broken tool; download or rebuild it again.',
      });
      resolve(entries);
    });
    zip.readEntry();
  });
}

/** Why a member path is unsafe to extract, or undefined when it is fine. */
export function unsafePath(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (name.includes('\0')) return 'NUL character';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'absolute path';
  if (name.split('/').includes('..')) return "parent directory '..'";
  return undefined;
}

/** Member names can hold anything; keep messages on one readable line. */
function printable(name: string): string {
  return JSON.stringify(name).slice(1, -1).replace(/\\"/g, '"');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

class ProblemList {
  private readonly problems: ArchiveProblem[] = [];
  add(rule: string, members: string | string[], detail: Omit<ArchiveProblem, 'rule' | 'members'>): void {
    const list = Array.isArray(members) ? members : [];
    this.problems.push({ rule, ...detail, ...(list.length > 0 ? { members: list } : {}) });
  }
  list(): ArchiveProblem[] {
    return this.problems;
  }
}
