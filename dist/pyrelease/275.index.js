export const id = 275;
export const ids = [275];
export const modules = {

/***/ 75732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ BLOCK_SIZE),
/* harmony export */   t: () => (/* binding */ BlockReader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/**
 * Positional reads of a file for parsers that read many small records (zip
 * headers): each read is served from one block read ahead from the file, so a
 * zip of 200,000 members costs a few thousand reads of the file instead of
 * several hundred thousand round trips through the thread pool. Reads larger
 * than a block go to the file directly.
 */

const BLOCK_SIZE = 64 * 1024;
class BlockReader {
    handle;
    size;
    blockSize;
    block = Buffer.alloc(0);
    blockStart = 0;
    closed = false;
    /** Reads of the file so far (for tests and diagnostics). */
    fileReads = 0;
    constructor(handle, size, blockSize) {
        this.handle = handle;
        this.size = size;
        this.blockSize = blockSize;
    }
    static async open(path, blockSize = BLOCK_SIZE) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            return new BlockReader(handle, (await handle.stat()).size, blockSize);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /** Up to `length` bytes at `position`: fewer only where the file ends (or shrank since it was opened). */
    async read(position, length) {
        if (this.closed)
            throw new Error('read after close');
        const end = Math.min(position + length, this.size);
        if (end <= position)
            return Buffer.alloc(0);
        if (position >= this.blockStart && end <= this.blockStart + this.block.length) {
            return this.block.subarray(position - this.blockStart, end - this.blockStart);
        }
        const want = end - position;
        if (want > this.blockSize)
            return this.fill(Buffer.allocUnsafe(want), position);
        // Read ahead: records are parsed front to back, so the next ones are usually in this block.
        // A fresh block each time, so a view handed out earlier never changes under its holder.
        this.block = await this.fill(Buffer.allocUnsafe(Math.min(this.blockSize, this.size - position)), position);
        this.blockStart = position;
        return this.block.subarray(0, Math.min(want, this.block.length));
    }
    /** `buffer` filled from `position`, or as much of it as the file still has. */
    async fill(buffer, position) {
        let filled = 0;
        while (filled < buffer.length) {
            this.fileReads++;
            const { bytesRead } = await this.handle.read(buffer, filled, buffer.length - filled, position + filled);
            if (bytesRead === 0)
                break; // the file shrank since it was opened
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.handle.close();
    }
}


/***/ }),

/***/ 69275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SC: () => (/* reexport */ createCrc32),
  createHasher: () => (/* reexport */ createHasher),
  QN: () => (/* reexport */ digestBytes),
  hash: () => (/* reexport */ hash),
  h2: () => (/* reexport */ releaseWorkerThreads),
  WN: () => (/* reexport */ scanFile),
  lL: () => (/* reexport */ warmWorkerThreads)
});

// UNUSED EXPORTS: setWorkerThreads, workerStats

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(70608);
;// CONCATENATED MODULE: ./lib/hashing/algorithms.js
/**
 * The digests this project computes and what each is for: sha256 (what pip
 * checks, RECORD and the manifest key on), md5 (what a legacy upload form
 * still carries, and a single-part S3 ETag) and BLAKE2b-256 (what warehouse
 * uses for duplicate detection and storage paths). node:crypto's blake2b512
 * cannot produce a 256-bit output, and BLAKE2b-256 is not a truncation of
 * BLAKE2b-512, so hash-wasm provides it.
 */


const KNOWN = new Set(['sha256', 'md5', 'blake2b256']);
/** Refuses a name that is not one of ours (names also arrive in messages from other threads). */
function checkAlgorithms(algorithms) {
    const unknown = algorithms.filter((a) => !KNOWN.has(a));
    if (unknown.length > 0)
        throw new Error(`unknown hash algorithm ${unknown.join(', ')}`);
    return [...new Set(algorithms)];
}
/** Asynchronous because BLAKE2b-256 is a WebAssembly instance. */
async function createMultiHash(algorithms) {
    const parts = await Promise.all(checkAlgorithms(algorithms).map(async (name) => [name, name === 'blake2b256' ? await (0,index_umd.createBLAKE2b)(256) : (0,external_node_crypto_.createHash)(name)]));
    return {
        update(chunk) {
            for (const [, hash] of parts)
                hash.update(chunk);
        },
        digest() {
            return Object.fromEntries(parts.map(([name, hash]) => [name, hash.digest('hex')]));
        },
    };
}
/** The digest of a few bytes already in memory (text members a build writes, RECORD lines). */
function digestBytes(data, algorithm) {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/crc-32/crc32.js
var crc32 = __webpack_require__(84891);
;// CONCATENATED MODULE: ./lib/hashing/crc32.js
/**
 * CRC-32 as zip members declare it. node's zlib.crc32 (native) exists from
 * Node 20.15 and 22.2; `engines` admits every Node 20, so older ones get the
 * table-driven implementation from the crc-32 package instead: the check is
 * always made, only its speed differs.
 */


const portableCrc32 = (data, previous) => crc32.buf(data, previous | 0) >>> 0;
const crc32_native = external_node_zlib_.crc32;
const crc32_crc32 = typeof crc32_native === 'function' ? (data, previous) => crc32_native(data, previous) >>> 0 : portableCrc32;
function createCrc32() {
    let value = 0;
    return {
        update(data) {
            value = crc32_crc32(data, value);
        },
        get value() {
            return value;
        },
    };
}

// EXTERNAL MODULE: ./lib/hashing/zip-framing.js
var zip_framing = __webpack_require__(85440);
;// CONCATENATED MODULE: ./lib/hashing/kernel.js
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







const CHUNK = 1024 * 1024;
/** Read buffers of scans given none, kept for the next: a buffer per chunk would leave garbage as fast as files are read. */
const MAX_SPARE = 4;
// Not `instanceof Error`: errors from node's own modules may come from another realm (a VM context).
function errorText(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** Byte ranges to read: everything, or the members' ranges with small gaps bridged. */
function segments(members, order, fileSize) {
    if (fileSize !== undefined)
        return [[0, fileSize]];
    const out = [];
    for (const i of order) {
        const { start, length } = members[i];
        if (length === 0)
            continue;
        const last = out[out.length - 1];
        if (last && start <= last[1] + 64 * 1024)
            last[1] = Math.max(last[1], start + length);
        else
            out.push([start, start + length]);
    }
    return out;
}
/** `crc32`: replaceable so tests can run the portable CRC-32 where node has its own. */
function createKernel(options = {}) {
    const crc32 = options.crc32 ?? crc32_crc32;
    const spare = [];
    /** Inflated bytes of a member, as they come; stops the member at its declared size. */
    const take = (m, bytes) => {
        if (m.outcome)
            return;
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
    const begin = (plan) => {
        const m = { plan, end: plan.start + plan.length, size: 0, crc: 0 };
        if (plan.hash)
            m.sha256 = (0,external_node_crypto_.createHash)('sha256');
        if (plan.keep)
            m.kept = [];
        if (!plan.deflated)
            return m;
        // A stream even for small members: it reports output as it goes, so a member that
        // overruns its declared size is caught as such even if its data is also damaged further on.
        const inflater = (0,external_node_zlib_.createInflateRaw)();
        m.inflater = inflater;
        m.inflated = new Promise((resolve) => {
            inflater.on('data', (out) => take(m, out));
            inflater.on('error', (error) => {
                if (!m.outcome)
                    m.outcome = { kind: 'corrupt', reason: errorText(error) };
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
    const feed = (m, piece) => {
        if (m.outcome || piece.length === 0)
            return undefined;
        const inflater = m.inflater;
        if (inflater) {
            return new Promise((resolve) => {
                const done = () => {
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
    const finish = async (m) => {
        if (m.inflater) {
            if (!m.outcome)
                m.inflater.end();
            await m.inflated;
            m.inflater.destroy();
        }
        if (m.outcome)
            return m.outcome;
        if (m.size !== m.plan.declaredSize) {
            return { kind: 'corrupt', reason: `inflates to ${m.size} bytes, ${m.plan.declaredSize} declared` };
        }
        if (m.crc >>> 0 !== m.plan.crc32 >>> 0)
            return { kind: 'corrupt', reason: 'CRC-32 does not match' };
        return {
            kind: 'ok',
            size: m.size,
            ...(m.sha256 ? { sha256: m.sha256.digest('base64url') } : {}),
            ...(m.kept ? { bytes: Buffer.concat(m.kept) } : {}),
        };
    };
    async function scan(request, sink, buffers) {
        const pool = buffers ?? spare;
        // Own memory (never node's shared pool), so a chunk can be transferred.
        const takeBuffer = () => pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
        const { members } = request;
        const outcomes = new Array(members.length);
        const order = members.map((_, i) => i).sort((a, b) => members[a].start - members[b].start || a - b);
        const whole = request.wholeFile ? await createMultiHash(request.algorithms ?? []) : undefined;
        const framing = request.wholeFile && request.framing ? new zip_framing/* ZipFramingCheck */.e7(request.framing) : undefined;
        const handle = await (0,promises_.open)(request.path, 'r');
        let active = [];
        let buffer;
        try {
            const fileSize = request.wholeFile ? (await handle.stat()).size : undefined;
            let size = 0;
            let next = 0;
            const settle = async (index, member) => {
                outcomes[index] = await finish(member);
            };
            for (const [from, to] of segments(members, order, fileSize)) {
                let pos = from;
                while (pos < to) {
                    buffer ??= takeBuffer();
                    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, to - pos), pos);
                    if (bytesRead === 0)
                        throw new Error(`${request.path} is shorter than expected: it ended at ${pos} bytes (was it changed while being read?)`);
                    const chunk = buffer.subarray(0, bytesRead);
                    const chunkEnd = pos + bytesRead;
                    whole?.update(chunk);
                    framing?.feed(chunk);
                    size += bytesRead;
                    while (next < order.length && members[order[next]].start < chunkEnd) {
                        const index = order[next++];
                        active.push({ index, member: begin(members[index]) });
                    }
                    const waits = [];
                    for (const { member } of active) {
                        const from = Math.max(member.plan.start, pos);
                        const to = Math.min(member.end, chunkEnd);
                        if (to > from) {
                            const wait = feed(member, chunk.subarray(from - pos, to - pos));
                            if (wait)
                                waits.push(wait);
                        }
                    }
                    if (waits.length > 0)
                        await Promise.all(waits);
                    const done = active.filter(({ member }) => member.end <= chunkEnd);
                    if (done.length > 0) {
                        active = active.filter(({ member }) => member.end > chunkEnd);
                        for (const { index, member } of done)
                            await settle(index, member);
                    }
                    pos = chunkEnd;
                    if (sink) {
                        await sink.chunk(chunk);
                        if (sink.takesChunks)
                            buffer = undefined;
                    }
                }
            }
            // Members not reached (empty ones) and any still open end here with what they got.
            while (next < order.length) {
                const index = order[next++];
                active.push({ index, member: begin(members[index]) });
            }
            for (const { index, member } of active)
                await settle(index, member);
            const walked = framing?.result(size);
            return { outcomes, ...(whole ? { digests: whole.digest(), size } : {}), ...(framing ? { framing: walked === undefined ? {} : { refused: walked } } : {}) };
        }
        catch (error) {
            for (const { member } of active)
                member.inflater?.destroy();
            throw error;
        }
        finally {
            if (buffer && (buffers || spare.length < MAX_SPARE))
                pool.push(buffer);
            await handle.close();
        }
    }
    async function streamHash(algorithms, writeTo) {
        const hash = await createMultiHash(algorithms);
        let fd = writeTo === undefined ? undefined : (0,external_node_fs_.openSync)(writeTo, 'w');
        const close = () => {
            if (fd === undefined)
                return;
            const open = fd;
            fd = undefined;
            (0,external_node_fs_.closeSync)(open);
        };
        return {
            update(chunk) {
                if (fd !== undefined) {
                    for (let written = 0; written < chunk.byteLength;)
                        written += (0,external_node_fs_.writeSync)(fd, chunk, written, chunk.byteLength - written);
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

;// CONCATENATED MODULE: ./lib/hashing/worker-entry.js
/** Through a parameter: the bundler's asset relocator rewrites a `new URL()` whose arguments it can work out. */
function beside(file, base) {
    return new URL(file, base);
}
function workerEntry() {
    return { url: beside('hash-worker.js', import.meta.url) };
}

;// CONCATENATED MODULE: ./lib/hashing/pool.js
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




/** The kernel on this thread: the fallback, and what tests compare the workers with. */
const localKernel = createKernel();
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
const spareBuffers = new Map([[CHUNK, []], [STREAM_BATCH, []]]);
const MAX_SPARE_BYTES = 8 * 1024 * 1024;
/** Own memory (never node's shared pool), so it can be transferred. */
function takeBuffer(size = CHUNK) {
    return spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
}
function recycleBuffer(memory) {
    const spare = spareBuffers.get(memory.byteLength);
    if (spare && spare.length * memory.byteLength < MAX_SPARE_BYTES)
        spare.push(Buffer.from(memory));
}
/** An error from a worker, with its code (ENOSPC, EACCES…) so the caller can explain a failed write. */
function workerError(msg) {
    return Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {});
}
/** CPU per byte, relative to sha256: what the pool balances its workers by. */
const COST = { sha256: 1, md5: 1, blake2b256: 2 };
function cost(algorithms, extra = {}) {
    // Inflating and hashing members costs about as much again as the whole file's sha256.
    return Math.max(1, algorithms.reduce((sum, a) => sum + COST[a], 0) + (extra.members ? 2 : 0) + (extra.write ? 1 : 0));
}
/** A worker with its jobs; it keeps the process alive only while it has some, and ends after a while without. */
class PoolWorker {
    worker;
    idleMs;
    onGone;
    jobs = new Map();
    /** The summed cost of its jobs. */
    load = 0;
    /** Failed, exited or retired: takes no new job. */
    gone = false;
    /** Started and running the kernel. */
    ready = false;
    /** Settles once the worker runs the kernel or is gone. */
    settled;
    settle;
    idle;
    constructor(worker, idleMs, onGone) {
        this.worker = worker;
        this.idleMs = idleMs;
        this.onGone = onGone;
        this.settled = new Promise((resolve) => (this.settle = resolve));
    }
    add(id, job) {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = undefined;
        if (this.jobs.size === 0)
            this.worker.ref();
        this.jobs.set(id, job);
        this.load += job.load;
    }
    remove(id) {
        const job = this.jobs.get(id);
        if (!job)
            return;
        this.jobs.delete(id);
        this.load -= job.load;
        if (this.jobs.size > 0)
            return;
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
    idleFromNow() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = setTimeout(() => this.retire(), this.idleMs);
        this.idle.unref();
    }
    /** Ends the worker as soon as it has no job. */
    retire() {
        if (!this.gone) {
            this.gone = true;
            this.onGone(this);
        }
        if (this.jobs.size === 0)
            void this.worker.terminate();
    }
    post(msg, transfer) {
        this.worker.postMessage(msg, transfer);
    }
}
/** Thrown by a job whose worker died; the job may be run again on this thread. */
class WorkerLost extends Error {
}
/** How long a worker waits for another job before it ends. */
const IDLE_MS = 1000;
/**
 * A stream hash on a worker, fed with memory this thread gives away: each
 * chunk comes back with its acknowledgement, once written and hashed.
 */
class RemoteStream {
    worker;
    id;
    onFail;
    result;
    settle;
    /** Acknowledgements arrive in the order the chunks were sent. */
    acks = [];
    finished = false;
    failure;
    constructor(worker, id, algorithms, writeTo, onFail) {
        this.worker = worker;
        this.id = id;
        this.onFail = onFail;
        this.result = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
        // Nobody may be waiting yet when a worker fails; the failure is reported by end().
        this.result.catch(() => undefined);
        worker.add(id, {
            onMessage: (msg) => {
                if (msg.op === 'ack')
                    this.acks.shift()?.(msg.chunk.buffer);
                else if (msg.op === 'done') {
                    worker.remove(id);
                    this.settle.resolve(msg.result);
                }
                else if (msg.op === 'failed')
                    this.fail(workerError(msg));
            },
            onLost: (error) => this.fail(error),
            load: cost(algorithms, { write: writeTo !== undefined }),
        });
        worker.post({ id, op: 'hash-open', algorithms, ...(writeTo !== undefined ? { writeTo } : {}) });
    }
    fail(error) {
        if (this.failure)
            return;
        this.worker.remove(this.id);
        this.failure = error;
        this.settle.reject(error);
        this.onFail(error);
    }
    push(chunk, acked) {
        this.acks.push(acked);
        this.worker.post({ id: this.id, op: 'hash-update', chunk }, [chunk.buffer]);
    }
    end() {
        if (!this.finished && !this.failure)
            this.worker.post({ id: this.id, op: 'hash-end' });
        this.finished = true;
        return this.result;
    }
    async abort() {
        if (!this.finished && !this.failure)
            this.worker.post({ id: this.id, op: 'hash-abort' });
        this.finished = true;
        await this.result.then(() => undefined, () => undefined);
    }
}
/** The fallback: hashing and writing on this thread, synchronously. */
class LocalStreamHash {
    hash;
    failure;
    constructor() { }
    static async open(algorithms, writeTo) {
        const local = new LocalStreamHash();
        try {
            local.hash = await localKernel.streamHash(algorithms, writeTo);
        }
        catch (error) {
            local.failure = error;
        }
        return local;
    }
    update(chunk) {
        if (this.failure !== undefined || !this.hash)
            return;
        try {
            this.hash.update(chunk);
        }
        catch (error) {
            this.failure = error;
            this.close();
        }
    }
    ready() {
        return undefined;
    }
    async digest() {
        if (this.failure !== undefined || !this.hash)
            throw this.failure;
        const hash = this.hash;
        this.hash = undefined;
        return hash.digest();
    }
    async abort() {
        this.close();
    }
    error() {
        const failure = this.failure;
        return failure === undefined ? undefined : failure instanceof Error ? failure : new Error(String(failure));
    }
    close() {
        try {
            this.hash?.abort();
        }
        catch {
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
class RemoteStreamHash {
    batch;
    filled = 0;
    backlog = 0;
    waiters = [];
    finished = false;
    main;
    helper;
    constructor(pool, main, helper) {
        this.main = new RemoteStream(main.worker, pool.newId(), main.algorithms, main.writeTo, () => this.wake());
        this.helper = helper && new RemoteStream(helper.worker, pool.newId(), helper.algorithms, undefined, () => this.wake());
    }
    wake() {
        for (const w of this.waiters.splice(0))
            w();
    }
    release(memory, length) {
        this.backlog -= length;
        recycleBuffer(memory);
        if (this.backlog <= STREAM_BACKLOG)
            this.wake();
    }
    flush() {
        if (!this.batch || this.filled === 0)
            return;
        const chunk = this.batch.subarray(0, this.filled);
        const length = this.filled;
        this.batch = undefined;
        this.filled = 0;
        this.backlog += length;
        this.main.push(chunk, (memory) => {
            if (this.helper && !this.error())
                this.helper.push(new Uint8Array(memory, 0, length), (back) => this.release(back, length));
            else
                this.release(memory, length);
        });
    }
    update(chunk) {
        if (this.finished)
            throw new Error('stream hash already finished');
        if (this.error())
            return;
        let offset = 0;
        while (offset < chunk.length) {
            this.batch ??= takeBuffer(STREAM_BATCH);
            const n = Math.min(STREAM_BATCH - this.filled, chunk.length - offset);
            this.batch.set(chunk.subarray(offset, offset + n), this.filled);
            this.filled += n;
            offset += n;
            if (this.filled === STREAM_BATCH)
                this.flush();
        }
    }
    error() {
        return this.main.failure ?? this.helper?.failure;
    }
    ready() {
        if (this.error() || this.backlog <= STREAM_BACKLOG)
            return undefined;
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    async digest() {
        if (this.finished)
            throw new Error('stream hash already finished');
        this.finished = true;
        this.flush();
        try {
            // The main worker acknowledges every chunk before it answers the end, so by then
            // the helper has been handed all of them.
            const own = await this.main.end();
            return { ...own, ...(this.helper ? await this.helper.end() : {}) };
        }
        catch (error) {
            await this.helper?.abort();
            throw error;
        }
    }
    async abort() {
        if (!this.finished) {
            this.finished = true;
            if (this.batch)
                recycleBuffer(this.batch.buffer);
            this.batch = undefined;
        }
        this.wake();
        await Promise.all([this.main.abort(), this.helper?.abort()]);
    }
}
/** The part of `algorithms` a second worker takes over, when that is worth a relay. */
function splitOff(algorithms, otherWork) {
    return algorithms.includes('blake2b256') && (otherWork || algorithms.length > 1) ? ['blake2b256'] : [];
}
class Pool {
    size;
    workers = new Set();
    /** A worker failed or none could start: everything runs on the calling thread from now on. */
    disabled = false;
    nextId = 1;
    constructor(size) {
        this.size = size;
    }
    newId() {
        return this.nextId++;
    }
    /**
     * Fewer or more threads (0: everything on the calling thread), and workers
     * trusted again after one was lost; running jobs finish where they are.
     */
    resize(size) {
        this.size = size;
        this.disabled = false;
        this.release();
    }
    /** Every worker ends once its jobs have, and the spare buffers go; new jobs start new workers. */
    release() {
        for (const w of [...this.workers])
            w.retire();
        for (const spare of spareBuffers.values())
            spare.length = 0;
    }
    /** The workers now running or starting; for tests and diagnostics. */
    count() {
        return this.workers.size;
    }
    /**
     * The least loaded worker, or a new one while there are fewer than `size` and
     * all are busy; none when workers are off. `started`: only a worker known to
     * run (for jobs that cannot be redone here if it fails; a new one is still
     * started for the next job).
     */
    pick(started = false) {
        if (this.disabled || this.size <= 0)
            return undefined;
        let best;
        for (const w of this.workers) {
            if ((w.ready || !started) && (!best || w.load < best.load))
                best = w;
        }
        if (best && best.jobs.size === 0)
            return best;
        if (this.workers.size >= this.size)
            return best;
        const fresh = this.spawn();
        return started ? best : fresh ?? best;
    }
    /**
     * A second worker for part of a job, only if one has nothing else to do (or
     * can be started): when all are busy, the job is cheaper whole on one worker
     * than relayed between two that have other work.
     */
    idle(besides, started) {
        for (const w of this.workers)
            if (w !== besides && w.jobs.size === 0 && (w.ready || !started))
                return w;
        return !started && this.workers.size < this.size ? this.spawn() : undefined;
    }
    spawn() {
        let worker;
        try {
            const entry = workerEntry();
            worker = new external_node_worker_threads_.Worker(entry.url, entry.execArgv ? { execArgv: entry.execArgv } : {});
        }
        catch {
            this.disabled = true;
            return undefined;
        }
        const pooled = new PoolWorker(worker, IDLE_MS, (w) => this.workers.delete(w));
        worker.on('message', (msg) => {
            if (msg.op === 'ready') {
                pooled.ready = true;
                pooled.settle();
                if (pooled.jobs.size === 0)
                    pooled.idleFromNow();
            }
            else if (msg.op === 'spare')
                recycleBuffer(msg.buffer);
            else
                pooled.jobs.get(msg.id)?.onMessage(msg);
        });
        const lost = (error) => {
            pooled.settle();
            if (pooled.jobs.size === 0 && pooled.gone)
                return; // retired and ended
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
    async warm() {
        while (!this.disabled && this.workers.size < this.size) {
            if (!this.spawn())
                break;
        }
        await Promise.all([...this.workers].map(async (w) => {
            // Unref'd workers alone do not keep the process alive, and nothing else may while it waits.
            w.worker.ref();
            await w.settled;
            if (w.jobs.size === 0)
                w.worker.unref();
        }));
    }
    /** A scan on a worker (and BLAKE2b-256 on a second); on this thread if no worker can do it. */
    async scan(request) {
        if (request.wholeFile)
            stats.wholeFileScans++;
        const reader = this.pick();
        if (reader) {
            const algorithms = request.algorithms ?? [];
            const split = request.wholeFile ? splitOff(algorithms, request.members.length > 0) : [];
            const helper = split.length > 0 ? this.idle(reader, false) : undefined;
            try {
                stats.workerScans++;
                if (helper)
                    stats.splitJobs++;
                return await this.scanOn(reader, request, helper && { worker: helper, algorithms: split });
            }
            catch (error) {
                if (!(error instanceof WorkerLost))
                    throw error;
            }
        }
        stats.localScans++;
        return localKernel.scan(request);
    }
    scanOn(reader, request, split) {
        const id = this.newId();
        const credit = (memory) => reader.post({ id, op: 'credit', chunk: new Uint8Array(memory) }, [memory]);
        // The helper's trouble stops the reader, which would otherwise wait for chunks that never come back.
        const helper = split && new RemoteStream(split.worker, this.newId(), split.algorithms, undefined, () => reader.post({ id, op: 'cancel' }));
        const own = split ? (request.algorithms ?? []).filter((a) => !split.algorithms.includes(a)) : request.algorithms;
        return new Promise((resolve, reject) => {
            const failed = (error) => {
                void helper?.abort();
                reject(helper?.failure ?? error);
            };
            reader.add(id, {
                onMessage: (msg) => {
                    switch (msg.op) {
                        case 'chunk':
                            if (helper && !helper.failure)
                                helper.push(msg.chunk, credit);
                            else
                                credit(msg.chunk.buffer);
                            break;
                        case 'done': {
                            reader.remove(id);
                            for (const buffer of msg.buffers ?? [])
                                recycleBuffer(buffer);
                            const result = msg.result;
                            if (!helper)
                                resolve(result);
                            else
                                helper.end().then((extra) => resolve({ ...result, digests: { ...result.digests, ...extra } }), reject);
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
            const buffers = Array.from({ length: helper ? CHUNK_WINDOW + 1 : 1 }, () => takeBuffer(size).buffer);
            reader.post({ id, op: 'scan', request: { ...request, ...(own ? { algorithms: own } : {}) }, forward: helper !== undefined, window: CHUNK_WINDOW, buffers }, buffers);
        });
    }
    /**
     * Digests of a stream of bytes (and the bytes written to `writeTo`), on a
     * started worker when there is one: bytes handed over cannot be hashed again
     * here if a worker fails, so a worker that might not start is not trusted with them.
     */
    async streamHash(algorithms, writeTo) {
        const worker = this.pick(true);
        if (!worker) {
            stats.localStreams++;
            return LocalStreamHash.open(algorithms, writeTo);
        }
        stats.workerStreams++;
        const split = splitOff(algorithms, writeTo !== undefined);
        const helper = split.length > 0 ? this.idle(worker, true) : undefined;
        if (!helper)
            return new RemoteStreamHash(this, { worker, algorithms, writeTo });
        stats.splitJobs++;
        return new RemoteStreamHash(this, { worker, algorithms: algorithms.filter((a) => !split.includes(a)), writeTo }, { worker: helper, algorithms: split });
    }
}
const stats = { workerScans: 0, wholeFileScans: 0, localScans: 0, workerStreams: 0, localStreams: 0, splitJobs: 0 };
function workerStats() {
    return { ...stats, running: pool?.count() ?? 0 };
}
let pool;
function thePool() {
    pool ??= new Pool((0,external_node_os_.availableParallelism)());
    return pool;
}
/**
 * How many worker threads to use from now on (default: one per core); 0 keeps
 * every job on the calling thread.
 */
function setWorkerThreads(size) {
    thePool().resize(Math.max(0, Math.floor(size)));
}
/**
 * Ends the worker threads as soon as they are idle, instead of after a second
 * without work, and drops the buffers kept for them: their memory is freed now.
 * For a caller done checking files and about to do something else for a while;
 * the next job starts new ones.
 */
function releaseWorkerThreads() {
    pool?.release();
}
/** Starts the worker threads ahead of the work (they end once idle after their first jobs). */
function warmWorkerThreads() {
    return thePool().warm();
}
function scanOnWorker(request) {
    return thePool().scan(request);
}
function streamHashOnWorker(algorithms, writeTo) {
    return thePool().streamHash(algorithms, writeTo);
}

;// CONCATENATED MODULE: ./lib/hashing/hash.js
/**
 * The one way this project hashes bytes: a file or a stream in one call, a
 * hasher fed piece by piece (that can also write what it is fed), and the
 * member scan of a zip. All of it runs on the hashing workers when they can
 * (pool.ts), on this thread when they cannot; the digests are the same.
 */


/** Digests of a file, read once, or of a stream, read to its end. */
async function hash(source, algorithms) {
    const wanted = checkAlgorithms(algorithms);
    if (typeof source === 'string') {
        const scan = await scanOnWorker({ path: source, members: [], wholeFile: true, algorithms: wanted });
        return { ...scan.digests, size: scan.size };
    }
    const hasher = await createHasher(algorithms);
    try {
        for await (const chunk of source) {
            hasher.update(chunk);
            const wait = hasher.ready();
            if (wait)
                await wait;
        }
    }
    catch (error) {
        await hasher.abort();
        throw error;
    }
    return hasher.digest();
}
/**
 * A hasher for a stream; with `writeTo` (a file it creates or truncates) it
 * writes the bytes too, before hashing them, so the digests always cover
 * exactly the bytes on disk.
 */
async function createHasher(algorithms, opts = {}) {
    const stream = await streamHashOnWorker(checkAlgorithms(algorithms), opts.writeTo);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('hasher already finished');
            stream.update(chunk);
            size += chunk.byteLength;
        },
        ready: () => stream.ready(),
        async digest() {
            if (done)
                throw new Error('hasher already finished');
            done = true;
            return { ...(await stream.digest()), size };
        },
        abort() {
            done = true;
            return stream.abort();
        },
        error: () => stream.error(),
        get size() {
            return size;
        },
    };
}
/**
 * Reads the members of a zip the request plans (inflating, hashing, checking
 * each) and, with `wholeFile`, digests the whole file in the same pass.
 */
function scanFile(request) {
    return scanOnWorker({ ...request, ...(request.algorithms ? { algorithms: checkAlgorithms(request.algorithms) } : {}) });
}

;// CONCATENATED MODULE: ./lib/hashing/index.js
/** The one hashing service: digests of files and streams, the zip member scan, and the worker threads that run them. */






/***/ }),

/***/ 85440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ checkZipFraming),
/* harmony export */   e7: () => (/* binding */ ZipFramingCheck),
/* harmony export */   hE: () => (/* binding */ zipfileName)
/* harmony export */ });
/* harmony import */ var _files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75732);
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

const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;
class Invalid extends Error {
}
/** cp437, the encoding zipfile assumes for names without the UTF-8 flag (bytes 0x80-0xff). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/** The name Python's zipfile gives a central-directory entry (`ZipInfo.orig_filename`). */
function zipfileName(raw, flags) {
    if ((flags & 0x800) !== 0)
        return new TextDecoder('utf-8').decode(raw);
    let out = '';
    for (const byte of raw)
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return out;
}
function unprintable(bytes) {
    return bytes.some((b) => b < 0x20 || b === 0x7f);
}
/** The record walk of validate_zipfile; yields what it needs next, returns the file offset it stopped at. */
function* walk(cd) {
    let pos = 0;
    const read = function* (n) {
        if (n === 0)
            return Buffer.alloc(0);
        const bytes = yield { read: n };
        pos += n;
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    };
    const skip = function* (n) {
        if (n > 0)
            yield { skip: n };
        pos += n;
    };
    const localNames = new Set();
    const cdNames = new Set();
    let expectedEocd64;
    let actualEocd64;
    let cdRecords = 0;
    let cdOffset;
    let cdSize = 0;
    let eocdRecords;
    let eocdSize;
    let eocdOffset;
    for (;;) {
        const signature = (yield* read(4)).readUInt32LE(0);
        if (signature === SIG_EOCD && expectedEocd64 !== undefined && actualEocd64 === undefined)
            throw new Invalid('Malformed zip file');
        if (signature === SIG_EOCD64_LOCATOR && (expectedEocd64 === undefined || actualEocd64 !== undefined))
            throw new Invalid('Malformed zip file');
        if (signature !== SIG_EOCD64_LOCATOR && signature !== SIG_EOCD && expectedEocd64 !== undefined)
            throw new Invalid('Malformed zip file');
        if (signature === SIG_CENTRAL) {
            cdOffset ??= pos - 4;
            cdRecords++;
            const header = yield* read(42);
            const nameLength = header.readUInt16LE(24);
            const extraLength = header.readUInt16LE(26);
            if (header.readUInt16LE(28) !== 0)
                throw new Invalid('Comment in central directory');
            const name = yield* read(nameLength);
            yield* read(extraLength);
            if (unprintable(name))
                throw new Invalid('Invalid character in filename');
            cdSize += 46 + nameLength + extraLength;
            const key = name.toString('latin1');
            if (cdNames.has(key))
                throw new Invalid('Duplicate filename in central directory');
            if (!localNames.has(key))
                throw new Invalid('Missing filename in local headers');
            cdNames.add(key);
        }
        else if (signature === SIG_LOCAL) {
            const header = yield* read(26);
            const flags = header.readUInt16LE(2);
            const method = header.readUInt16LE(4);
            let compressedSize = header.readUInt32LE(14);
            let size = header.readUInt32LE(18);
            const name = yield* read(header.readUInt16LE(22));
            let extra = yield* read(header.readUInt16LE(24));
            if (unprintable(name))
                throw new Invalid('Invalid character in filename');
            const seenExtras = new Set();
            while (extra.length > 0) {
                if (extra.length < 4)
                    throw new Invalid('Malformed zip file');
                const id = extra.readUInt16LE(0);
                const dataSize = extra.readUInt16LE(2);
                if (dataSize + 4 > extra.length)
                    throw new Invalid('Malformed zip file');
                if (seenExtras.has(id) && (id === 0x0001 || id === 0x7075))
                    throw new Invalid('Invalid duplicate extra in local file');
                seenExtras.add(id);
                if (id === 0x0001) {
                    if (![0, 8, 16, 24, 28].includes(dataSize))
                        throw new Invalid('Malformed zip file');
                    if (dataSize === 0) {
                        if (compressedSize === U32_MAX || size === U32_MAX)
                            throw new Invalid('Malformed zip file');
                    }
                    else if (dataSize === 8) {
                        if (method !== 0)
                            throw new Invalid('Malformed zip file');
                        compressedSize = Number(extra.readBigUInt64LE(4));
                        if (size === U32_MAX)
                            size = compressedSize;
                    }
                    else {
                        if (size === U32_MAX)
                            size = Number(extra.readBigUInt64LE(4));
                        compressedSize = Number(extra.readBigUInt64LE(12));
                    }
                }
                else if (id === 0x7075) {
                    const unicodeName = extra.subarray(9, 4 + dataSize);
                    if (unprintable(unicodeName))
                        throw new Invalid('Invalid character in filename');
                    if (!validUtf8(unicodeName))
                        throw new Invalid('Filename not valid UTF-8');
                }
                extra = extra.subarray(dataSize + 4);
            }
            if ((flags & 0x08) !== 0)
                throw new Invalid('ZIP contains a data descriptor');
            if (!validUtf8(name))
                throw new Invalid('Filename not unicode');
            const expected = cd.get(name.toString('utf8'));
            if (!expected)
                throw new Invalid('Filename not in central directory');
            if (expected.compressedSize !== compressedSize)
                throw new Invalid('Mis-matched data size');
            if (expected.size !== size)
                throw new Invalid('Mis-matched file size');
            yield* skip(compressedSize);
            const key = name.toString('latin1');
            if (localNames.has(key))
                throw new Invalid('Duplicate filename in local headers');
            localNames.add(key);
        }
        else if (signature === SIG_EOCD) {
            cdOffset ??= pos - 4;
            const eocd = yield* read(18);
            if (eocd.readUInt16LE(4) !== eocd.readUInt16LE(6))
                throw new Invalid('Malformed zip file');
            if (!(actualEocd64 !== undefined && eocdOffset !== undefined)) {
                eocdRecords = eocd.readUInt16LE(6);
                eocdSize = eocd.readUInt32LE(8);
                eocdOffset = eocd.readUInt32LE(12);
            }
            yield* skip(eocd.readUInt16LE(16));
            if (eocdRecords !== cdRecords)
                throw new Invalid('Mismatched central directory records');
            if (eocdOffset !== cdOffset)
                throw new Invalid('Mismatched central directory offset');
            if (eocdSize !== cdSize)
                throw new Invalid('Mismatched central directory size');
            break;
        }
        else if (signature === SIG_EOCD64) {
            expectedEocd64 = pos - 4;
            const eocd64 = yield* read(52);
            const recordSize = Number(eocd64.readBigUInt64LE(0));
            if (eocd64.readBigUInt64LE(20) !== eocd64.readBigUInt64LE(28))
                throw new Invalid('Malformed zip file');
            if (recordSize !== 44)
                throw new Invalid('ZIP64 extensible data not allowed');
            eocdRecords = Number(eocd64.readBigUInt64LE(28));
            eocdSize = Number(eocd64.readBigUInt64LE(36));
            eocdOffset = Number(eocd64.readBigUInt64LE(44));
        }
        else if (signature === SIG_EOCD64_LOCATOR) {
            actualEocd64 = Number((yield* read(16)).readBigUInt64LE(4));
            if (expectedEocd64 !== actualEocd64)
                throw new Invalid('Mis-matched EOCD64 record and locator offset');
        }
        else {
            throw new Invalid('Unknown record signature');
        }
    }
    if (cdNames.size !== localNames.size || [...cdNames].some((n) => !localNames.has(n))) {
        throw new Invalid('Mis-matched local headers and central directory');
    }
    return pos;
}
function validUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Fed the file's bytes in order, once; `result` then says what warehouse's
 * validate_zipfile says: undefined for a zip it accepts, else its reason.
 */
class ZipFramingCheck {
    walker;
    request;
    pending = [];
    pendingLength = 0;
    failure;
    stoppedAt;
    total = 0;
    constructor(cd) {
        this.walker = walk(cd);
        this.advance(undefined);
    }
    advance(input) {
        try {
            const next = input === undefined ? this.walker.next() : this.walker.next(input);
            if (next.done) {
                this.stoppedAt = next.value;
                this.request = undefined;
            }
            else {
                this.request = next.value;
            }
        }
        catch (error) {
            if (!(error instanceof Invalid))
                throw error;
            this.failure = error.message;
            this.request = undefined;
        }
    }
    /** The next bytes of the file. */
    feed(chunk) {
        this.total += chunk.byteLength;
        let offset = 0;
        while (offset < chunk.byteLength && this.request) {
            const request = this.request;
            if ('skip' in request) {
                const n = Math.min(request.skip, chunk.byteLength - offset);
                offset += n;
                if (n === request.skip)
                    this.advance(new Uint8Array(0));
                else
                    request.skip -= n;
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
    wants() {
        return this.request && ('read' in this.request ? { read: this.request.read - this.pendingLength } : { ...this.request });
    }
    /** Passes over bytes the walk does not look at, without them being read. */
    skip(n) {
        const request = this.request;
        if (!request || !('skip' in request) || n > request.skip)
            throw new Error('skip beyond what the zip walk asked for');
        this.total += n;
        if (n === request.skip)
            this.advance(new Uint8Array(0));
        else
            request.skip -= n;
    }
    /** After the whole file: warehouse's reason for refusing it, or undefined. */
    result(fileSize = this.total) {
        if (this.failure !== undefined)
            return this.failure;
        // The file ended in the middle of a record (or of data a header announced).
        if (this.stoppedAt === undefined)
            return 'Malformed zip file';
        if (this.stoppedAt !== fileSize)
            return 'Trailing data';
        return undefined;
    }
}
/** validate_zipfile on a file nothing else reads through: headers are read, data is passed over. */
async function checkZipFraming(path, cd) {
    const check = new ZipFramingCheck(cd);
    // A few small reads per member: served from blocks read ahead, not one trip to the file each.
    const file = await _files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .BlockReader */ .t.open(path);
    try {
        const size = file.size;
        let pos = 0;
        for (let want = check.wants(); want; want = check.wants()) {
            if ('skip' in want) {
                // Python seeks past the end without complaint; the next read then finds nothing.
                const n = Math.min(want.skip, Math.max(0, size - pos));
                if (n === 0)
                    break;
                check.skip(n);
                pos += n;
                continue;
            }
            const bytes = await file.read(pos, Math.min(_files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .BLOCK_SIZE */ .c, want.read));
            if (bytes.length === 0)
                break;
            check.feed(bytes);
            pos += bytes.length;
        }
        return check.result(size);
    }
    finally {
        await file.close();
    }
}


/***/ })

};
