/**
 * Hashing and member checks on the other cores. Checking a 48 MB wheel costs
 * about as much CPU as receiving or sending it; on one thread an index that
 * checks uploads (or a client that checks before uploading) does everything in
 * turn. Worker threads run the byte kernel (byte-kernel.ts) while the main
 * thread keeps the network moving.
 *
 * The workers run the kernel from its source text (`eval: true`), not from a
 * file: inside an ncc bundle there is no worker entry file to start, and the
 * bundle's own entry would start the action or the CLI again. BLAKE2b-256 comes
 * from hash-wasm, which the kernel cannot load, so it stays on the calling
 * thread: workers hand every chunk back once they are done with it (zero-copy
 * transfer), and the calling thread hashes it there.
 *
 * When workers cannot start or one fails, the same kernel runs on the main
 * thread; a result never depends on where it was computed.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { createKernel, type ChunkSink, type Kernel, type ScanRequest, type ScanResult, type StreamHash } from './byte-kernel.js';

const BUILTINS: Record<string, unknown> = { 'node:crypto': crypto, 'node:fs': fs, 'node:zlib': zlib, 'node:fs/promises': fsPromises };
/** The kernel on this thread: the fallback, and what tests compare the workers with. */
export const localKernel: Kernel = createKernel((id) => BUILTINS[id]);

/** Chunks a worker may hand back before the calling thread has hashed them. */
const CHUNK_WINDOW = 3;
/** Bytes handed to a worker's stream hash and not yet hashed, before ready() asks the caller to wait. */
const STREAM_BACKLOG = 2 * 1024 * 1024;
/** Read buffers, stream batches: one size for all, so they can be reused for either. */
const BUFFER = 1024 * 1024;
const MAX_SPARE_BUFFERS = 8;

/**
 * The workers' memory comes from here (this thread's allocator) and comes back:
 * what a worker allocated itself would stay with its thread's allocator after the
 * worker ends, and count in the process's memory from then on.
 */
const spareBuffers: Buffer[] = [];

/** Own memory (never node's shared pool), so it can be transferred. */
function takeBuffer(): Buffer {
  return spareBuffers.pop() ?? Buffer.allocUnsafeSlow(BUFFER);
}

function recycleBuffer(memory: ArrayBuffer): void {
  if (memory.byteLength === BUFFER && spareBuffers.length < MAX_SPARE_BUFFERS) spareBuffers.push(Buffer.from(memory));
}

type ToWorker =
  | { id: number; op: 'scan'; request: ScanRequest; forward: boolean; window: number; buffers: ArrayBuffer[] }
  | { id: number; op: 'credit'; chunk: Uint8Array }
  | { id: number; op: 'hash-open'; algorithms: string[]; writeTo?: string }
  | { id: number; op: 'hash-update'; chunk: Uint8Array }
  | { id: number; op: 'hash-end' }
  | { id: number; op: 'hash-abort' };

type FromWorker =
  | { op: 'ready' }
  | { id: number; op: 'chunk'; chunk: Uint8Array }
  | { id: number; op: 'ack'; chunk: Uint8Array }
  | { id: number; op: 'done'; result: unknown; buffers?: ArrayBuffer[] }
  | { op: 'spare'; buffer: ArrayBuffer }
  | { id: number; op: 'failed'; message: string; code?: string };

/** The worker's side of the protocol; self-contained like the kernel, for the same reason. */
function serve(kernel: Kernel, port: import('node:worker_threads').MessagePort): void {
  // Every read buffer comes from the calling thread and goes back to it: chunks travel there
  // and return with the credit, the rest return with the result. Memory a worker allocated
  // would stay with its thread's allocator after it ends.
  const scans = new Map<number, { credits: number; buffers: Buffer[]; wake?: () => void }>();
  const streams = new Map<number, StreamHash>();
  const fail = (id: number, error: unknown): void => {
    const e = error as { message?: string; code?: string };
    port.postMessage({ id, op: 'failed', message: String(e?.message ?? error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) });
  };
  port.on('message', (msg: ToWorker) => {
    switch (msg.op) {
      case 'scan': {
        const job: { credits: number; buffers: Buffer[]; wake?: () => void } = { credits: msg.window, buffers: msg.buffers.map((b) => Buffer.from(b)) };
        scans.set(msg.id, job);
        const sink: ChunkSink | undefined = msg.forward
          ? {
              async chunk(chunk) {
                while (job.credits === 0) await new Promise<void>((resolve) => { job.wake = resolve; });
                job.credits--;
                port.postMessage({ id: msg.id, op: 'chunk', chunk }, [chunk.buffer as ArrayBuffer]);
              },
              takesChunks: true,
            }
          : undefined;
        kernel.scan(msg.request, sink, job.buffers).then(
          (result) => {
            scans.delete(msg.id);
            const buffers = job.buffers.map((b) => b.buffer as ArrayBuffer);
            port.postMessage({ id: msg.id, op: 'done', result, buffers }, buffers);
          },
          (error: unknown) => {
            scans.delete(msg.id);
            fail(msg.id, error);
          },
        );
        break;
      }
      case 'credit': {
        const job = scans.get(msg.id);
        if (!job) {
          port.postMessage({ op: 'spare', buffer: msg.chunk.buffer }, [msg.chunk.buffer as ArrayBuffer]);
          break;
        }
        job.buffers.push(Buffer.from(msg.chunk.buffer as ArrayBuffer));
        job.credits++;
        const wake = job.wake;
        job.wake = undefined;
        wake?.();
        break;
      }
      case 'hash-open':
        try {
          streams.set(msg.id, kernel.streamHash(msg.algorithms, msg.writeTo));
        } catch (error) {
          fail(msg.id, error);
        }
        break;
      case 'hash-update': {
        const stream = streams.get(msg.id);
        try {
          stream?.update(msg.chunk);
        } catch (error) {
          // A failed write: the stream ends here, the calling thread hears why.
          streams.delete(msg.id);
          try {
            stream?.abort();
          } catch {
            // Already reported.
          }
          fail(msg.id, error);
        }
        port.postMessage({ id: msg.id, op: 'ack', chunk: msg.chunk }, [msg.chunk.buffer as ArrayBuffer]);
        break;
      }
      case 'hash-end': {
        const stream = streams.get(msg.id);
        streams.delete(msg.id);
        if (!stream) break; // failed earlier; that was reported
        try {
          port.postMessage({ id: msg.id, op: 'done', result: stream.digest() });
        } catch (error) {
          fail(msg.id, error);
        }
        break;
      }
      case 'hash-abort': {
        const stream = streams.get(msg.id);
        streams.delete(msg.id);
        try {
          stream?.abort();
        } catch {
          // Nothing more can go wrong with a stream given up on.
        }
        port.postMessage({ id: msg.id, op: 'done', result: {} });
        break;
      }
    }
  });
  port.postMessage({ op: 'ready' });
}

const WORKER_SOURCE = [
  "const { parentPort } = require('node:worker_threads');",
  `const kernel = (${createKernel.toString()})(require);`,
  `(${serve.toString()})(kernel, parentPort);`,
].join('\n');

interface Job {
  onMessage(msg: FromWorker): void;
  /** The worker is gone. */
  onLost(error: Error): void;
}

/** A worker with its jobs; it keeps the process alive only while it has some, and ends after a while without. */
class PoolWorker {
  readonly jobs = new Map<number, Job>();
  /** Failed, exited or retired: takes no new job. */
  gone = false;
  /** Started and running the kernel. */
  ready = false;
  /** Settles once the worker runs the kernel or is gone. */
  readonly settled: Promise<void>;
  settle!: () => void;
  private idle: NodeJS.Timeout | undefined;
  constructor(readonly worker: Worker, private readonly idleMs: number, private readonly onGone: (w: PoolWorker) => void) {
    this.settled = new Promise((resolve) => (this.settle = resolve));
  }
  add(id: number, job: Job): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    if (this.jobs.size === 0) this.worker.ref();
    this.jobs.set(id, job);
  }
  remove(id: number): void {
    if (!this.jobs.delete(id) || this.jobs.size > 0) return;
    this.worker.unref();
    if (this.gone) {
      void this.worker.terminate();
      return;
    }
    // An idle worker holds an isolate and its read buffers; a new one starts in a few milliseconds.
    this.idle = setTimeout(() => this.retire(), this.idleMs);
    this.idle.unref();
  }
  /** Ends the worker as soon as it has no job. */
  retire(): void {
    if (!this.gone) {
      this.gone = true;
      this.onGone(this);
    }
    if (this.jobs.size === 0) void this.worker.terminate();
  }
  post(msg: ToWorker, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(msg, transfer);
  }
}

/** Thrown by a job whose worker died; the job may be run again on this thread. */
class WorkerLost extends Error {}

/** How long a worker waits for another job before it ends. */
const IDLE_MS = 1000;

class Pool {
  private readonly workers = new Set<PoolWorker>();
  /** A worker failed or none could start: everything runs on the calling thread from now on. */
  private disabled = false;
  private nextId = 1;

  constructor(private size: number) {}

  /** Fewer or more threads (0: everything on the calling thread); running jobs finish where they are. */
  resize(size: number): void {
    this.size = size;
    this.release();
  }

  /** Every worker ends once its jobs have, and the spare buffers go; new jobs start new workers. */
  release(): void {
    for (const w of [...this.workers]) w.retire();
    spareBuffers.length = 0;
  }

  /**
   * The least busy worker, or a new one while there are fewer than `size` and all
   * are busy; none when workers are off. `started`: only a worker known to run
   * (for jobs that cannot be redone here if it fails; a new one is still started
   * for the next job).
   */
  private pick(started = false): PoolWorker | undefined {
    if (this.disabled || this.size <= 0) return undefined;
    let best: PoolWorker | undefined;
    for (const w of this.workers) if ((w.ready || !started) && (!best || w.jobs.size < best.jobs.size)) best = w;
    if (best && (best.jobs.size === 0 || this.workers.size >= this.size)) return best;
    if (this.workers.size >= this.size) return best;
    const fresh = this.spawn();
    return started ? best : fresh ?? best;
  }

  private spawn(): PoolWorker | undefined {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true });
    } catch {
      this.disabled = true;
      return undefined;
    }
    const pooled = new PoolWorker(worker, IDLE_MS, (w) => this.workers.delete(w));
    worker.on('message', (msg: FromWorker) => {
      if (msg.op === 'ready') {
        pooled.ready = true;
        pooled.settle();
      } else if (msg.op === 'spare') recycleBuffer(msg.buffer);
      else pooled.jobs.get(msg.id)?.onMessage(msg);
    });
    const lost = (error: Error): void => {
      pooled.settle();
      if (pooled.jobs.size === 0 && pooled.gone) return; // retired and ended
      // One that died may have been killed by something that takes the others too.
      this.disabled = true;
      pooled.gone = true;
      this.workers.delete(pooled);
      for (const [id, job] of [...pooled.jobs]) {
        pooled.remove(id);
        job.onLost(error);
      }
    };
    worker.on('error', (error) => lost(new WorkerLost(`a hashing worker failed: ${error.message}`)));
    worker.on('exit', (code) => lost(new WorkerLost(`a hashing worker exited (code ${code})`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    this.workers.add(pooled);
    return pooled;
  }

  /**
   * Starts all the workers now and resolves once each runs (or is gone): work
   * that must go to a started worker (stream hashes) then never has to stay on
   * this thread for want of one.
   */
  async warm(): Promise<void> {
    while (!this.disabled && this.workers.size < this.size) {
      if (!this.spawn()) break;
    }
    await Promise.all(
      [...this.workers].map(async (w) => {
        // Unref'd workers alone do not keep the process alive, and nothing else may while it waits.
        w.worker.ref();
        await w.settled;
        if (w.jobs.size === 0) w.worker.unref();
      }),
    );
  }

  /**
   * A scan on a worker; `onChunk` (whole-file scans) gets every chunk on this
   * thread, in order. Falls back to this thread if no worker can do it; the
   * caller's `restart` is called before a second attempt so it can reset what
   * `onChunk` fed.
   */
  async scan(request: ScanRequest, onChunk: ((chunk: Uint8Array) => void) | undefined, restart: () => Promise<void>): Promise<ScanResult> {
    if (request.wholeFile) stats.wholeFileScans++;
    const worker = this.pick();
    if (worker) {
      try {
        stats.workerScans++;
        return await this.scanOn(worker, request, onChunk);
      } catch (error) {
        if (!(error instanceof WorkerLost)) throw error;
        await restart();
      }
    }
    stats.localScans++;
    return localKernel.scan(request, onChunk ? { chunk: onChunk } : undefined);
  }

  private scanOn(worker: PoolWorker, request: ScanRequest, onChunk: ((chunk: Uint8Array) => void) | undefined): Promise<ScanResult> {
    const id = this.nextId++;
    let failure: unknown;
    return new Promise<ScanResult>((resolve, reject) => {
      worker.add(id, {
        onMessage: (msg) => {
          switch (msg.op) {
            case 'chunk':
              // After a failure here the scan still runs to its end (the worker waits for credits).
              if (failure === undefined) {
                try {
                  onChunk?.(msg.chunk);
                } catch (error) {
                  failure = error;
                }
              }
              worker.post({ id, op: 'credit', chunk: msg.chunk }, [msg.chunk.buffer as ArrayBuffer]);
              break;
            case 'done':
              worker.remove(id);
              for (const buffer of msg.buffers ?? []) recycleBuffer(buffer);
              if (failure === undefined) resolve(msg.result as ScanResult);
              else reject(failure);
              break;
            case 'failed':
              worker.remove(id);
              reject(Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {}));
              break;
            default:
              break;
          }
        },
        onLost: reject,
      });
      // A buffer to read into and, when chunks come here, one for each chunk on its way.
      const buffers = Array.from({ length: onChunk ? CHUNK_WINDOW + 1 : 1 }, () => takeBuffer().buffer as ArrayBuffer);
      worker.post({ id, op: 'scan', request, forward: onChunk !== undefined, window: CHUNK_WINDOW, buffers }, buffers);
    });
  }

  /**
   * Digests of a stream of bytes (and the bytes written to `writeTo`), on a
   * started worker when there is one: bytes handed over cannot be hashed again
   * here if a worker fails, so a worker that might not start is not trusted with them.
   */
  streamHash(algorithms: string[], writeTo?: string): PooledStreamHash {
    const worker = this.pick(true);
    if (worker) stats.workerStreams++;
    else stats.localStreams++;
    return worker ? new RemoteStreamHash(worker, this.nextId++, algorithms, writeTo) : new LocalStreamHash(algorithms, writeTo);
  }
}

/**
 * A stream hash the caller feeds chunk by chunk; `ready()` is the backpressure.
 * A failure (a write that failed, a worker lost) surfaces in `digest()`.
 */
export interface PooledStreamHash {
  update(chunk: Uint8Array): void;
  /** Undefined when more can be fed now; otherwise resolves when it can. */
  ready(): Promise<void> | undefined;
  digest(): Promise<Record<string, string>>;
  /** Gives up; resolves once the file (if any) is closed. */
  abort(): Promise<void>;
  /** What failed so far (a write, the worker), so a feeder can stop early; digest() reports it too. */
  error(): Error | undefined;
}

/** The fallback: hashing and writing on this thread, synchronously. */
class LocalStreamHash implements PooledStreamHash {
  private hash: StreamHash | undefined;
  private failure: unknown;
  constructor(algorithms: string[], writeTo?: string) {
    try {
      this.hash = localKernel.streamHash(algorithms, writeTo);
    } catch (error) {
      this.failure = error;
    }
  }
  update(chunk: Uint8Array): void {
    if (this.failure !== undefined || !this.hash) return;
    try {
      this.hash.update(chunk);
    } catch (error) {
      this.failure = error;
      this.close();
    }
  }
  ready(): undefined {
    return undefined;
  }
  async digest(): Promise<Record<string, string>> {
    if (this.failure !== undefined || !this.hash) throw this.failure;
    const hash = this.hash;
    this.hash = undefined;
    return hash.digest();
  }
  async abort(): Promise<void> {
    this.close();
  }
  error(): Error | undefined {
    const failure: unknown = this.failure;
    return failure === undefined ? undefined : failure instanceof Error ? failure : new Error(String(failure));
  }
  private close(): void {
    try {
      this.hash?.abort();
    } catch {
      // Given up on anyway.
    }
    this.hash = undefined;
  }
}


/**
 * Chunks are copied into 1 MiB batches (the caller's chunks are views into
 * socket buffers it still uses) and transferred, so a batch is copied once; the
 * worker hashes it, writes it and hands the memory back for the next batch.
 */
class RemoteStreamHash implements PooledStreamHash {
  private batch: Buffer | undefined;
  private filled = 0;
  private backlog = 0;
  private waiters: (() => void)[] = [];
  /** Settles with the worker's 'done' (digests, or {} after an abort) or its failure. */
  private readonly result: Promise<Record<string, string>>;
  private settle!: { resolve: (r: Record<string, string>) => void; reject: (e: Error) => void };
  private failure: Error | undefined;
  private finished = false;

  constructor(private readonly worker: PoolWorker, private readonly id: number, algorithms: string[], writeTo?: string) {
    this.result = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // Nobody may be waiting yet when a worker fails; the failure is reported by digest().
    this.result.catch(() => undefined);
    worker.add(id, {
      onMessage: (msg) => {
        if (msg.op === 'ack') {
          this.backlog -= msg.chunk.byteLength;
          recycleBuffer(msg.chunk.buffer as ArrayBuffer);
          if (this.backlog <= STREAM_BACKLOG) this.wake();
        } else if (msg.op === 'done') {
          worker.remove(id);
          this.settle.resolve(msg.result as Record<string, string>);
        } else if (msg.op === 'failed') {
          // The code (ENOSPC, EACCES…) lets the caller explain a failed write.
          this.fail(Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {}));
        }
      },
      onLost: (error) => this.fail(error),
    });
    worker.post({ id, op: 'hash-open', algorithms, ...(writeTo !== undefined ? { writeTo } : {}) });
  }

  private fail(error: Error): void {
    this.worker.remove(this.id);
    this.failure ??= error;
    this.settle.reject(error);
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private flush(): void {
    if (!this.batch || this.filled === 0) return;
    const chunk = this.batch.subarray(0, this.filled);
    this.batch = undefined;
    this.filled = 0;
    this.backlog += chunk.length;
    this.worker.post({ id: this.id, op: 'hash-update', chunk }, [chunk.buffer as ArrayBuffer]);
  }

  update(chunk: Uint8Array): void {
    if (this.finished) throw new Error('stream hash already finished');
    if (this.failure) return;
    let offset = 0;
    while (offset < chunk.length) {
      // Own memory (not the shared pool), so it can be transferred.
      this.batch ??= takeBuffer();
      const n = Math.min(BUFFER - this.filled, chunk.length - offset);
      this.batch.set(chunk.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === BUFFER) this.flush();
    }
  }

  error(): Error | undefined {
    return this.failure;
  }

  ready(): Promise<void> | undefined {
    if (this.failure || this.backlog <= STREAM_BACKLOG) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  digest(): Promise<Record<string, string>> {
    if (!this.finished) {
      this.finished = true;
      if (!this.failure) {
        this.flush();
        this.worker.post({ id: this.id, op: 'hash-end' });
      }
    }
    return this.result;
  }

  async abort(): Promise<void> {
    if (!this.finished) {
      this.finished = true;
      if (this.batch) recycleBuffer(this.batch.buffer as ArrayBuffer);
      this.batch = undefined;
      if (!this.failure) this.worker.post({ id: this.id, op: 'hash-abort' });
      this.wake();
    }
    await this.result.then(() => undefined, () => undefined);
  }
}

/** What ran where since the process started: for tests and diagnostics. */
export interface WorkerStats {
  /** Scans run on a worker thread; `wholeFile` ones hashed the whole file. */
  workerScans: number;
  wholeFileScans: number;
  /** Scans run on the calling thread (no worker, or one failed). */
  localScans: number;
  workerStreams: number;
  localStreams: number;
}

const stats: WorkerStats = { workerScans: 0, wholeFileScans: 0, localScans: 0, workerStreams: 0, localStreams: 0 };

export function workerStats(): WorkerStats {
  return { ...stats };
}

let pool: Pool | undefined;

function thePool(): Pool {
  pool ??= new Pool(availableParallelism());
  return pool;
}

/** How many worker threads to use (default: one per core); 0 keeps every job on the calling thread. */
export function setWorkerThreads(size: number): void {
  thePool().resize(Math.max(0, Math.floor(size)));
}

/**
 * Ends the worker threads as soon as they are idle, instead of after a second
 * without work, and drops the buffers kept for them: their memory is freed now. For a caller done checking files and
 * about to do something else for a while; the next job starts new ones.
 */
export function releaseWorkerThreads(): void {
  pool?.release();
}

/** Starts the worker threads ahead of the work (they end once idle after their first jobs). */
export function warmWorkerThreads(): Promise<void> {
  return thePool().warm();
}

export function scanOnWorker(request: ScanRequest, onChunk: ((chunk: Uint8Array) => void) | undefined, restart: () => Promise<void>): Promise<ScanResult> {
  return thePool().scan(request, onChunk, restart);
}

export function streamHashOnWorker(algorithms: string[], writeTo?: string): PooledStreamHash {
  return thePool().streamHash(algorithms, writeTo);
}
