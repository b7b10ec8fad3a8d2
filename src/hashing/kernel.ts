/**
 * The byte-crunching part of checking a file: one sequential read in large
 * chunks that hashes the whole file and, from the same chunks, inflates,
 * hashes, CRC-checks and size-checks the zip members it is asked about. What
 * to read (member offsets, sizes, methods) is decided by the caller from the
 * central directory; this part only turns bytes into digests and outcomes,
 * and hashes (and writes) bytes handed to it piece by piece.
 *
 * The same kernel runs in the hashing workers (hash-worker.ts) and, when no
 * worker can, on the calling thread (pool.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw, type InflateRaw } from 'node:zlib';
import { createMultiHash, type Algorithm, type DigestSet } from './algorithms.js';
import { crc32 as nativeOrPortableCrc32, type Crc32 } from './crc32.js';
import { ZipFramingCheck, type CentralDirectorySizes } from './zip-framing.js';

/** One member to read: where its data is and what to do with the bytes. */
export interface MemberPlan {
  /** Offset of the member's data (after its local header) in the file. */
  start: number;
  /** Bytes of data in the file (the compressed size). */
  length: number;
  /** Deflate (method 8); otherwise stored. */
  deflated: boolean;
  /** The uncompressed size the central directory declares. */
  declaredSize: number;
  /** The CRC-32 the central directory declares. */
  crc32: number;
  /** Keep the inflated bytes (small text members). */
  keep: boolean;
  /** sha256 the inflated bytes (urlsafe base64, as RECORD writes it). */
  hash: boolean;
}

export type MemberOutcome =
  | { kind: 'ok'; size: number; sha256?: string; bytes?: Uint8Array }
  | { kind: 'lying'; declared: number }
  | { kind: 'corrupt'; reason: string };

export interface ScanRequest {
  path: string;
  members: MemberPlan[];
  /** Read every byte of the file, digest it and hand each chunk to the sink; otherwise only the members' ranges are read. */
  wholeFile: boolean;
  /** The whole file's digests (wholeFile only); none when left out. */
  algorithms?: Algorithm[];
  /** Walk the zip's records as warehouse's validate_zipfile does, on the same chunks (wholeFile only). */
  framing?: CentralDirectorySizes;
}

export interface ScanResult {
  /** In the order of `members`. */
  outcomes: MemberOutcome[];
  /** Bytes in the whole file (wholeFile only). */
  size?: number;
  /** Hex digests of the whole file (wholeFile only), one per algorithm asked for. */
  digests?: Partial<DigestSet>;
  /** The framing walk's verdict (when asked for): warehouse's reason for refusing the zip, or none. */
  framing?: { refused?: string };
}

/** Digests of bytes handed over piece by piece, optionally written to a file as they come. */
export interface StreamHash {
  /** Writes first, then hashes: the digests always cover exactly the bytes on disk. */
  update(chunk: Uint8Array): void;
  /** The digests; the file, if any, is complete and closed. */
  digest(): Partial<DigestSet>;
  /** Stops; the file, if any, is closed as it is (the caller removes it). */
  abort(): void;
}

/** Where the chunks of a whole-file scan go once the kernel is done with them. */
export interface ChunkSink {
  /** Every chunk, in order. */
  chunk(chunk: Uint8Array): void | Promise<void>;
  /**
   * True when `chunk` takes the chunk's memory away (a transfer to another
   * thread); whoever gets it back returns it to the scan's buffers. Otherwise the
   * kernel reads the next chunk into the same buffer.
   */
  takesChunks?: boolean;
}

export interface Kernel {
  /**
   * `buffers`: read buffers for this scan (1 MiB each), taken as needed and the
   * unused ones put back at the end; the kernel allocates when it runs out.
   */
  scan(request: ScanRequest, sink?: ChunkSink, buffers?: Buffer[]): Promise<ScanResult>;
  /** `writeTo`: a new file that receives the bytes too (synchronous writes: meant for a worker thread). */
  streamHash(algorithms: Algorithm[], writeTo?: string): Promise<StreamHash>;
}

export const CHUNK = 1024 * 1024;
/** Read buffers of scans given none, kept for the next: a buffer per chunk would leave garbage as fast as files are read. */
const MAX_SPARE = 4;

interface Member {
  plan: MemberPlan;
  end: number;
  size: number;
  crc: number;
  sha256?: Hash;
  kept?: Buffer[];
  inflater?: InflateRaw;
  /** Settles when the inflater has ended, failed or been stopped. */
  inflated?: Promise<void>;
  outcome?: MemberOutcome;
}

// Not `instanceof Error`: errors from node's own modules may come from another realm (a VM context).
function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** Byte ranges to read: everything, or the members' ranges with small gaps bridged. */
function segments(members: MemberPlan[], order: number[], fileSize: number | undefined): [number, number][] {
  if (fileSize !== undefined) return [[0, fileSize]];
  const out: [number, number][] = [];
  for (const i of order) {
    const { start, length } = members[i];
    if (length === 0) continue;
    const last = out[out.length - 1];
    if (last && start <= last[1] + 64 * 1024) last[1] = Math.max(last[1], start + length);
    else out.push([start, start + length]);
  }
  return out;
}

/** `crc32`: replaceable so tests can run the portable CRC-32 where node has its own. */
export function createKernel(options: { crc32?: Crc32 } = {}): Kernel {
  const crc32 = options.crc32 ?? nativeOrPortableCrc32;
  const spare: Buffer[] = [];

  /** Inflated bytes of a member, as they come; stops the member at its declared size. */
  const take = (m: Member, bytes: Buffer): void => {
    if (m.outcome) return;
    m.size += bytes.length;
    if (m.size > m.plan.declaredSize) {
      // The central directory understated this member, the way a bomb slips past a
      // declared-size check: stop at once, nothing beyond the declared size is inflated.
      m.outcome = { kind: 'lying', declared: m.plan.declaredSize };
      m.kept = undefined;
      m.inflater?.destroy();
      return;
    }
    m.sha256?.update(bytes);
    m.crc = crc32(bytes, m.crc);
    // A copy: the chunk may belong to a read buffer that is handed on afterwards.
    m.kept?.push(Buffer.from(bytes));
  };

  const begin = (plan: MemberPlan): Member => {
    const m: Member = { plan, end: plan.start + plan.length, size: 0, crc: 0 };
    if (plan.hash) m.sha256 = createHash('sha256');
    if (plan.keep) m.kept = [];
    if (!plan.deflated) return m;
    // A stream even for small members: it reports output as it goes, so a member that
    // overruns its declared size is caught as such even if its data is also damaged further on.
    const inflater = createInflateRaw();
    m.inflater = inflater;
    m.inflated = new Promise<void>((resolve) => {
      inflater.on('data', (out: Buffer) => take(m, out));
      inflater.on('error', (error: Error) => {
        if (!m.outcome) m.outcome = { kind: 'corrupt', reason: errorText(error) };
        resolve();
      });
      inflater.on('end', () => resolve());
      inflater.on('close', () => resolve());
    });
    return m;
  };

  /**
   * The member's part of a chunk. For a deflated member, resolves once the inflater
   * has consumed the piece: the chunk's memory is read into again (or handed on) after that.
   */
  const feed = (m: Member, piece: Buffer): Promise<void> | undefined => {
    if (m.outcome || piece.length === 0) return undefined;
    const inflater = m.inflater;
    if (inflater) {
      return new Promise<void>((resolve) => {
        const done = (): void => {
          inflater.off('close', done);
          resolve();
        };
        inflater.on('close', done);
        inflater.write(piece, done);
      });
    }
    take(m, piece);
    return undefined;
  };

  const finish = async (m: Member): Promise<MemberOutcome> => {
    if (m.inflater) {
      if (!m.outcome) m.inflater.end();
      await m.inflated;
      m.inflater.destroy();
    }
    if (m.outcome) return m.outcome;
    if (m.size !== m.plan.declaredSize) {
      return { kind: 'corrupt', reason: `inflates to ${m.size} bytes, ${m.plan.declaredSize} declared` };
    }
    if (m.crc >>> 0 !== m.plan.crc32 >>> 0) return { kind: 'corrupt', reason: 'CRC-32 does not match' };
    return {
      kind: 'ok',
      size: m.size,
      ...(m.sha256 ? { sha256: m.sha256.digest('base64url') } : {}),
      ...(m.kept ? { bytes: Buffer.concat(m.kept) } : {}),
    };
  };

  async function scan(request: ScanRequest, sink?: ChunkSink, buffers?: Buffer[]): Promise<ScanResult> {
    const pool = buffers ?? spare;
    // Own memory (never node's shared pool), so a chunk can be transferred.
    const takeBuffer = (): Buffer => pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
    const { members } = request;
    const outcomes: MemberOutcome[] = new Array(members.length);
    const order = members.map((_, i) => i).sort((a, b) => members[a].start - members[b].start || a - b);
    const whole = request.wholeFile ? await createMultiHash(request.algorithms ?? []) : undefined;
    const framing = request.wholeFile && request.framing ? new ZipFramingCheck(request.framing) : undefined;
    const handle = await open(request.path, 'r');
    let active: { index: number; member: Member }[] = [];
    let buffer: Buffer | undefined;
    try {
      const fileSize = request.wholeFile ? (await handle.stat()).size : undefined;
      let size = 0;
      let next = 0;
      const settle = async (index: number, member: Member): Promise<void> => {
        outcomes[index] = await finish(member);
      };
      for (const [from, to] of segments(members, order, fileSize)) {
        let pos = from;
        while (pos < to) {
          buffer ??= takeBuffer();
          const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, to - pos), pos);
          if (bytesRead === 0) throw new Error(`${request.path} is shorter than expected: it ended at ${pos} bytes (was it changed while being read?)`);
          const chunk = buffer.subarray(0, bytesRead);
          const chunkEnd = pos + bytesRead;
          whole?.update(chunk);
          framing?.feed(chunk);
          size += bytesRead;
          while (next < order.length && members[order[next]].start < chunkEnd) {
            const index = order[next++];
            active.push({ index, member: begin(members[index]) });
          }
          const waits: Promise<void>[] = [];
          for (const { member } of active) {
            const from = Math.max(member.plan.start, pos);
            const to = Math.min(member.end, chunkEnd);
            if (to > from) {
              const wait = feed(member, chunk.subarray(from - pos, to - pos));
              if (wait) waits.push(wait);
            }
          }
          if (waits.length > 0) await Promise.all(waits);
          const done = active.filter(({ member }) => member.end <= chunkEnd);
          if (done.length > 0) {
            active = active.filter(({ member }) => member.end > chunkEnd);
            for (const { index, member } of done) await settle(index, member);
          }
          pos = chunkEnd;
          if (sink) {
            await sink.chunk(chunk);
            if (sink.takesChunks) buffer = undefined;
          }
        }
      }
      // Members not reached (empty ones) and any still open end here with what they got.
      while (next < order.length) {
        const index = order[next++];
        active.push({ index, member: begin(members[index]) });
      }
      for (const { index, member } of active) await settle(index, member);
      const walked = framing?.result(size);
      return { outcomes, ...(whole ? { digests: whole.digest(), size } : {}), ...(framing ? { framing: walked === undefined ? {} : { refused: walked } } : {}) };
    } catch (error) {
      for (const { member } of active) member.inflater?.destroy();
      throw error;
    } finally {
      if (buffer && (buffers || spare.length < MAX_SPARE)) pool.push(buffer);
      await handle.close();
    }
  }

  async function streamHash(algorithms: Algorithm[], writeTo?: string): Promise<StreamHash> {
    const hash = await createMultiHash(algorithms);
    let fd = writeTo === undefined ? undefined : openSync(writeTo, 'w');
    const close = (): void => {
      if (fd === undefined) return;
      const open = fd;
      fd = undefined;
      closeSync(open);
    };
    return {
      update(chunk) {
        if (fd !== undefined) {
          for (let written = 0; written < chunk.byteLength;) written += writeSync(fd, chunk, written, chunk.byteLength - written);
        }
        hash.update(chunk);
      },
      digest() {
        close();
        return hash.digest();
      },
      abort: close,
    };
  }

  return { scan, streamHash };
}
