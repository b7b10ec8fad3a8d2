/**
 * Hashing and member checks on the other cores. Checking a 48 MB wheel costs
 * about as much CPU as receiving or sending it; on one thread an index that
 * checks uploads (or a client that checks before uploading) does everything in
 * turn. Worker threads run the kernel (kernel.ts) from a worker file of their
 * own (worker-entry.ts finds it) while the calling thread keeps the network moving.
 *
 * BLAKE2b-256 costs about twice what sha256 does. When a job asks for it with
 * other work (sha256, members, writing) and another worker has nothing to do,
 * that worker computes it from the same chunks, relayed through this thread as
 * the first worker finishes with them: one read of the file, two cores. When
 * every worker is busy, jobs stay whole and go to the least loaded one.
 *
 * When workers cannot start or one fails, the same kernel runs on this
 * thread; a result never depends on where it was computed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Algorithm, DigestSet } from './algorithms.js';
import { CHUNK, createKernel, type Kernel, type ScanRequest, type ScanResult, type StreamHash } from './kernel.js';
import type { FromWorker, ToWorker } from './serve.js';
import { workerEntry } from './worker-entry.js';

/** The kernel on this thread: the fallback, and what tests compare the workers with. */
export const localKernel: Kernel = createKernel();

/** Chunks a worker may hand back before they have been dealt with. */
const CHUNK_WINDOW = 3;
/**
 * A stream's bytes go to its worker in batches of this size. Ten downloads at once each hold a
 * batch being filled and a backlog: small batches keep that to a few MiB (bench/fetch on loopback,
 * 30 × 40 MB: 1 MiB batches with a 2 MiB backlog peaked at 165–188 MiB, these at 142–153 MiB, at
 * the same speed), while a message per 256 KiB still costs nothing next to hashing it.
 */
const STREAM_BATCH = 256 * 1024;
/** Bytes handed to a worker's stream hash and not yet back, before ready() asks the caller to wait. */
const STREAM_BACKLOG = 2 * STREAM_BATCH;

/**
 * The workers' memory comes from here (this thread's allocator) and comes back:
 * what a worker allocated itself would stay with its thread's allocator after the
 * worker ends, and count in the process's memory from then on. Kept per size
 * (file reads of CHUNK, stream batches), up to 8 MiB of each.
 */
const spareBuffers = new Map<number, Buffer[]>([[CHUNK, []], [STREAM_BATCH, []]]);
const MAX_SPARE_BYTES = 8 * 1024 * 1024;

/** Own memory (never node's shared pool), so it can be transferred. */
function takeBuffer(size: number = CHUNK): Buffer {
  return spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
}

function recycleBuffer(memory: ArrayBuffer): void {
  const spare = spareBuffers.get(memory.byteLength);
  if (spare && spare.length * memory.byteLength < MAX_SPARE_BYTES) spare.push(Buffer.from(memory));
}

/** An error from a worker, with its code (ENOSPC, EACCES…) so the caller can explain a failed write. */
function workerError(msg: { message: string; code?: string }): Error {
  return Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {});
}

interface Job {
  onMessage(msg: FromWorker): void;
  /** The worker is gone. */
  onLost(error: Error): void;
  /** What the job costs the worker per byte, roughly (see cost()). */
  load: number;
}

/** CPU per byte, relative to sha256: what the pool balances its workers by. */
const COST: Record<Algorithm, number> = { sha256: 1, md5: 1, blake2b256: 2 };

function cost(algorithms: readonly Algorithm[], extra: { members?: boolean; write?: boolean } = {}): number {
  // Inflating and hashing members costs about as much again as the whole file's sha256.
  return Math.max(1, algorithms.reduce((sum, a) => sum + COST[a], 0) + (extra.members ? 2 : 0) + (extra.write ? 1 : 0));
}

/** A worker with its jobs; it keeps the process alive only while it has some, and ends after a while without. */
class PoolWorker {
  readonly jobs = new Map<number, Job>();
  /** The summed cost of its jobs. */
  load = 0;
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
    this.load += job.load;
  }
  remove(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    this.load -= job.load;
    if (this.jobs.size > 0) return;
    this.worker.unref();
    if (this.gone) {
      void this.worker.terminate();
      return;
    }
    this.idleFromNow();
  }
  /**
   * Retires the worker unless a job comes within idleMs: an idle worker holds an
   * isolate and its read buffers, and a new one starts in a few milliseconds.
   * Also for a worker started ahead of the work, which may never get any.
   */
  idleFromNow(): void {
    if (this.idle) clearTimeout(this.idle);
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

/**
 * A stream hash on a worker, fed with memory this thread gives away: each
 * chunk comes back with its acknowledgement, once written and hashed.
 */
class RemoteStream {
  private readonly result: Promise<Partial<DigestSet>>;
  private settle!: { resolve: (r: Partial<DigestSet>) => void; reject: (e: Error) => void };
  /** Acknowledgements arrive in the order the chunks were sent. */
  private readonly acks: ((memory: ArrayBuffer) => void)[] = [];
  private finished = false;
  failure: Error | undefined;

  constructor(
    private readonly worker: PoolWorker,
    private readonly id: number,
    algorithms: Algorithm[],
    writeTo: string | undefined,
    private readonly onFail: (error: Error) => void,
  ) {
    this.result = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // Nobody may be waiting yet when a worker fails; the failure is reported by end().
    this.result.catch(() => undefined);
    worker.add(id, {
      onMessage: (msg) => {
        if (msg.op === 'ack') this.acks.shift()?.(msg.chunk.buffer as ArrayBuffer);
        else if (msg.op === 'done') {
          worker.remove(id);
          this.settle.resolve(msg.result as Partial<DigestSet>);
        } else if (msg.op === 'failed') this.fail(workerError(msg));
      },
      onLost: (error) => this.fail(error),
      load: cost(algorithms, { write: writeTo !== undefined }),
    });
    worker.post({ id, op: 'hash-open', algorithms, ...(writeTo !== undefined ? { writeTo } : {}) });
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.worker.remove(this.id);
    this.failure = error;
    this.settle.reject(error);
    this.onFail(error);
  }

  push(chunk: Uint8Array, acked: (memory: ArrayBuffer) => void): void {
    this.acks.push(acked);
    this.worker.post({ id: this.id, op: 'hash-update', chunk }, [chunk.buffer as ArrayBuffer]);
  }

  end(): Promise<Partial<DigestSet>> {
    if (!this.finished && !this.failure) this.worker.post({ id: this.id, op: 'hash-end' });
    this.finished = true;
    return this.result;
  }

  async abort(): Promise<void> {
    if (!this.finished && !this.failure) this.worker.post({ id: this.id, op: 'hash-abort' });
    this.finished = true;
    await this.result.then(() => undefined, () => undefined);
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
  digest(): Promise<Partial<DigestSet>>;
  /** Gives up; resolves once the file (if any) is closed. */
  abort(): Promise<void>;
  /** What failed so far (a write, the worker), so a feeder can stop early; digest() reports it too. */
  error(): Error | undefined;
}

/** The fallback: hashing and writing on this thread, synchronously. */
class LocalStreamHash implements PooledStreamHash {
  private hash: StreamHash | undefined;
  private failure: unknown;
  private constructor() {}

  static async open(algorithms: Algorithm[], writeTo?: string): Promise<LocalStreamHash> {
    const local = new LocalStreamHash();
    try {
      local.hash = await localKernel.streamHash(algorithms, writeTo);
    } catch (error) {
      local.failure = error;
    }
    return local;
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
  async digest(): Promise<Partial<DigestSet>> {
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
 * Chunks are copied into STREAM_BATCH-sized batches (the caller's chunks are views into
 * socket buffers it still uses) and transferred, so a batch is copied once; the
 * worker writes and hashes it and hands the memory back for the next batch, or,
 * when BLAKE2b-256 runs on a second worker, on to that one first.
 */
class RemoteStreamHash implements PooledStreamHash {
  private batch: Buffer | undefined;
  private filled = 0;
  private backlog = 0;
  private waiters: (() => void)[] = [];
  private finished = false;
  private readonly main: RemoteStream;
  private readonly helper: RemoteStream | undefined;

  constructor(pool: Pool, main: { worker: PoolWorker; algorithms: Algorithm[]; writeTo?: string }, helper?: { worker: PoolWorker; algorithms: Algorithm[] }) {
    this.main = new RemoteStream(main.worker, pool.newId(), main.algorithms, main.writeTo, () => this.wake());
    this.helper = helper && new RemoteStream(helper.worker, pool.newId(), helper.algorithms, undefined, () => this.wake());
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private release(memory: ArrayBuffer, length: number): void {
    this.backlog -= length;
    recycleBuffer(memory);
    if (this.backlog <= STREAM_BACKLOG) this.wake();
  }

  private flush(): void {
    if (!this.batch || this.filled === 0) return;
    const chunk = this.batch.subarray(0, this.filled);
    const length = this.filled;
    this.batch = undefined;
    this.filled = 0;
    this.backlog += length;
    this.main.push(chunk, (memory) => {
      if (this.helper && !this.error()) this.helper.push(new Uint8Array(memory, 0, length), (back) => this.release(back, length));
      else this.release(memory, length);
    });
  }

  update(chunk: Uint8Array): void {
    if (this.finished) throw new Error('stream hash already finished');
    if (this.error()) return;
    let offset = 0;
    while (offset < chunk.length) {
      this.batch ??= takeBuffer(STREAM_BATCH);
      const n = Math.min(STREAM_BATCH - this.filled, chunk.length - offset);
      this.batch.set(chunk.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === STREAM_BATCH) this.flush();
    }
  }

  error(): Error | undefined {
    return this.main.failure ?? this.helper?.failure;
  }

  ready(): Promise<void> | undefined {
    if (this.error() || this.backlog <= STREAM_BACKLOG) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async digest(): Promise<Partial<DigestSet>> {
    if (this.finished) throw new Error('stream hash already finished');
    this.finished = true;
    this.flush();
    try {
      // The main worker acknowledges every chunk before it answers the end, so by then
      // the helper has been handed all of them.
      const own = await this.main.end();
      return { ...own, ...(this.helper ? await this.helper.end() : {}) };
    } catch (error) {
      await this.helper?.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    if (!this.finished) {
      this.finished = true;
      if (this.batch) recycleBuffer(this.batch.buffer as ArrayBuffer);
      this.batch = undefined;
    }
    this.wake();
    await Promise.all([this.main.abort(), this.helper?.abort()]);
  }
}

/** The part of `algorithms` a second worker takes over, when that is worth a relay. */
function splitOff(algorithms: readonly Algorithm[], otherWork: boolean): Algorithm[] {
  return algorithms.includes('blake2b256') && (otherWork || algorithms.length > 1) ? ['blake2b256'] : [];
}

class Pool {
  private readonly workers = new Set<PoolWorker>();
  /** A worker failed or none could start: everything runs on the calling thread from now on. */
  private disabled = false;
  private nextId = 1;

  constructor(private size: number) {}

  newId(): number {
    return this.nextId++;
  }

  /**
   * Fewer or more threads (0: everything on the calling thread), and workers
   * trusted again after one was lost; running jobs finish where they are.
   */
  resize(size: number): void {
    this.size = size;
    this.disabled = false;
    this.release();
  }

  /** Every worker ends once its jobs have, and the spare buffers go; new jobs start new workers. */
  release(): void {
    for (const w of [...this.workers]) w.retire();
    for (const spare of spareBuffers.values()) spare.length = 0;
  }

  /** The workers now running or starting; for tests and diagnostics. */
  count(): number {
    return this.workers.size;
  }

  /**
   * The least loaded worker, or a new one while there are fewer than `size` and
   * all are busy; none when workers are off. `started`: only a worker known to
   * run (for jobs that cannot be redone here if it fails; a new one is still
   * started for the next job).
   */
  private pick(started = false): PoolWorker | undefined {
    if (this.disabled || this.size <= 0) return undefined;
    let best: PoolWorker | undefined;
    for (const w of this.workers) {
      if ((w.ready || !started) && (!best || w.load < best.load)) best = w;
    }
    if (best && best.jobs.size === 0) return best;
    if (this.workers.size >= this.size) return best;
    const fresh = this.spawn();
    return started ? best : fresh ?? best;
  }

  /**
   * A second worker for part of a job, only if one has nothing else to do (or
   * can be started): when all are busy, the job is cheaper whole on one worker
   * than relayed between two that have other work.
   */
  private idle(besides: PoolWorker, started: boolean): PoolWorker | undefined {
    for (const w of this.workers) if (w !== besides && w.jobs.size === 0 && (w.ready || !started)) return w;
    return !started && this.workers.size < this.size ? this.spawn() : undefined;
  }

  private spawn(): PoolWorker | undefined {
    let worker: Worker;
    try {
      const entry = workerEntry();
      worker = new Worker(entry.url, entry.execArgv ? { execArgv: entry.execArgv } : {});
    } catch {
      this.disabled = true;
      return undefined;
    }
    const pooled = new PoolWorker(worker, IDLE_MS, (w) => this.workers.delete(w));
    worker.on('message', (msg: FromWorker) => {
      if (msg.op === 'ready') {
        pooled.ready = true;
        pooled.settle();
        if (pooled.jobs.size === 0) pooled.idleFromNow();
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

  /** A scan on a worker (and BLAKE2b-256 on a second); on this thread if no worker can do it. */
  async scan(request: ScanRequest): Promise<ScanResult> {
    if (request.wholeFile) stats.wholeFileScans++;
    const reader = this.pick();
    if (reader) {
      const algorithms = request.algorithms ?? [];
      const split = request.wholeFile ? splitOff(algorithms, request.members.length > 0) : [];
      const helper = split.length > 0 ? this.idle(reader, false) : undefined;
      try {
        stats.workerScans++;
        if (helper) stats.splitJobs++;
        return await this.scanOn(reader, request, helper && { worker: helper, algorithms: split });
      } catch (error) {
        if (!(error instanceof WorkerLost)) throw error;
      }
    }
    stats.localScans++;
    return localKernel.scan(request);
  }

  private scanOn(reader: PoolWorker, request: ScanRequest, split?: { worker: PoolWorker; algorithms: Algorithm[] }): Promise<ScanResult> {
    const id = this.newId();
    const credit = (memory: ArrayBuffer): void => reader.post({ id, op: 'credit', chunk: new Uint8Array(memory) }, [memory]);
    // The helper's trouble stops the reader, which would otherwise wait for chunks that never come back.
    const helper = split && new RemoteStream(split.worker, this.newId(), split.algorithms, undefined, () => reader.post({ id, op: 'cancel' }));
    const own = split ? (request.algorithms ?? []).filter((a) => !split.algorithms.includes(a)) : request.algorithms;
    return new Promise<ScanResult>((resolve, reject) => {
      const failed = (error: Error): void => {
        void helper?.abort();
        reject(helper?.failure ?? error);
      };
      reader.add(id, {
        onMessage: (msg) => {
          switch (msg.op) {
            case 'chunk':
              if (helper && !helper.failure) helper.push(msg.chunk, credit);
              else credit(msg.chunk.buffer as ArrayBuffer);
              break;
            case 'done': {
              reader.remove(id);
              for (const buffer of msg.buffers ?? []) recycleBuffer(buffer);
              const result = msg.result as ScanResult;
              if (!helper) resolve(result);
              else helper.end().then((extra) => resolve({ ...result, digests: { ...result.digests, ...extra } }), reject);
              break;
            }
            case 'failed':
              reader.remove(id);
              failed(workerError(msg));
              break;
            default:
              break;
          }
        },
        onLost: failed,
        load: cost(own ?? [], { members: request.members.length > 0 }),
      });
      // A buffer to read into and, when chunks go to a helper, one for each chunk on its way. A scan of
      // some members only (a download's metadata) reads little, and ten at once should not hold 10 MiB.
      const size = request.wholeFile ? CHUNK : STREAM_BATCH;
      const buffers = Array.from({ length: helper ? CHUNK_WINDOW + 1 : 1 }, () => takeBuffer(size).buffer as ArrayBuffer);
      reader.post({ id, op: 'scan', request: { ...request, ...(own ? { algorithms: own } : {}) }, forward: helper !== undefined, window: CHUNK_WINDOW, buffers }, buffers);
    });
  }

  /**
   * Digests of a stream of bytes (and the bytes written to `writeTo`), on a
   * started worker when there is one: bytes handed over cannot be hashed again
   * here if a worker fails, so a worker that might not start is not trusted with them.
   */
  async streamHash(algorithms: Algorithm[], writeTo?: string): Promise<PooledStreamHash> {
    const worker = this.pick(true);
    if (!worker) {
      stats.localStreams++;
      return LocalStreamHash.open(algorithms, writeTo);
    }
    stats.workerStreams++;
    const split = splitOff(algorithms, writeTo !== undefined);
    const helper = split.length > 0 ? this.idle(worker, true) : undefined;
    if (!helper) return new RemoteStreamHash(this, { worker, algorithms, writeTo });
    stats.splitJobs++;
    return new RemoteStreamHash(this, { worker, algorithms: algorithms.filter((a) => !split.includes(a)), writeTo }, { worker: helper, algorithms: split });
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
  /** Scans and streams whose BLAKE2b-256 ran on a second worker. */
  splitJobs: number;
  /** Hashing workers running or starting now. */
  running: number;
}

const stats: Omit<WorkerStats, 'running'> = { workerScans: 0, wholeFileScans: 0, localScans: 0, workerStreams: 0, localStreams: 0, splitJobs: 0 };

export function workerStats(): WorkerStats {
  return { ...stats, running: pool?.count() ?? 0 };
}

let pool: Pool | undefined;

function thePool(): Pool {
  pool ??= new Pool(availableParallelism());
  return pool;
}

/**
 * How many worker threads to use from now on (default: one per core); 0 keeps
 * every job on the calling thread.
 */
export function setWorkerThreads(size: number): void {
  thePool().resize(Math.max(0, Math.floor(size)));
}

/**
 * Ends the worker threads as soon as they are idle, instead of after a second
 * without work, and drops the buffers kept for them: their memory is freed now.
 * For a caller done checking files and about to do something else for a while;
 * the next job starts new ones.
 */
export function releaseWorkerThreads(): void {
  pool?.release();
}

/** Starts the worker threads ahead of the work (they end once idle after their first jobs). */
export function warmWorkerThreads(): Promise<void> {
  return thePool().warm();
}

export function scanOnWorker(request: ScanRequest): Promise<ScanResult> {
  return thePool().scan(request);
}

export function streamHashOnWorker(algorithms: Algorithm[], writeTo?: string): Promise<PooledStreamHash> {
  return thePool().streamHash(algorithms, writeTo);
}
