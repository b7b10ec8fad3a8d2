export const id = 385;
export const ids = [385];
export const modules = {

/***/ 7385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var dist_src = __webpack_require__(5077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/http/redact.js
/**
 * URLs as they may appear in logs and errors, and the credentials a URL
 * carries, taken out of it before it goes on the wire.
 */
const SECRET_PARAM = /sig|token|credential|secret|key|auth|pass/i;
/**
 * The userinfo after `//`: everything up to the last `@` before the next `/`.
 * Neither whitespace nor `\` ends it (though a URL parser may end the authority
 * at `\`), so a password holding either is still caught in text that does not
 * parse as a URL: masking too much is safe, too little is not.
 */
const USERINFO = /\/\/([^/]*)@/g;
/**
 * The URL as it may appear in logs: no user:password, and signature/token query values masked.
 * Text that does not parse as a URL (a bad input echoed in its error) loses its userinfo too.
 */
function redact_redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return String(url).replace(USERINFO, '//***@');
    }
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
        if (SECRET_PARAM.test(key))
            u.searchParams.set(key, '***');
    }
    return u.toString();
}
/** user:password in a URL become a Basic header: nothing sends credentials inside a URL. */
function splitCredentials(url) {
    const u = new URL(url);
    if (!u.username && !u.password)
        return { url: u };
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    u.username = '';
    u.password = '';
    return { url: u, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

;// CONCATENATED MODULE: ./lib/http/errors.js
/**
 * What went wrong with one HTTP exchange. One base class, HttpError, for a
 * request that got no usable answer (the transport's cause in `code`); one
 * subclass for an answer the caller did not want (HttpStatusError), and one
 * callers throw for a failure they know to be passing (TransientError).
 */

function field(obj, name) {
    return obj !== null && typeof obj === 'object' && name in obj ? obj[name] : undefined;
}
function errorCode(err) {
    const code = field(err, 'code');
    return typeof code === 'string' ? code : undefined;
}
class errors_HttpError extends Error {
    method;
    url;
    code;
    bodySent;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'HttpError';
        this.method = options.method;
        this.url = options.url === undefined ? undefined : redact_redactUrl(options.url);
        this.code = options.code ?? errorCode(options.cause);
        this.bodySent = options.bodySent ?? false;
    }
}
/** An HTTP answer the caller did not want; `retryAfterMs` carries the server's hint. */
class errors_HttpStatusError extends errors_HttpError {
    status;
    retryAfterMs;
    constructor(status, message, retryAfterMs, options = {}) {
        super(message, options);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.name = 'HttpStatusError';
    }
}
/** A failure we know to be passing: a truncated body, a stalled connection, a resumed range that did not line up. */
class errors_TransientError extends errors_HttpError {
    constructor(message, options) {
        super(message, options);
        this.name = 'TransientError';
    }
}
/**
 * "fetch failed: connect ECONNREFUSED 127.0.0.1:9 (GET http://…)": the message
 * with whatever its causes add. Duck-typed, because errors from node
 * internals may come from another realm (jest's VM) where `instanceof Error`
 * is false.
 */
function describeError(err) {
    const message = field(err, 'message');
    if (typeof message !== 'string')
        return String(err);
    const parts = [];
    const known = (text) => message.includes(text) || parts.some((p) => p.includes(text));
    for (let e = field(err, 'cause'), depth = 0; e && depth < 4; e = field(e, 'cause'), depth++) {
        const m = field(e, 'message');
        const code = errorCode(e);
        if (typeof m === 'string' && m && !known(m))
            parts.push(m);
        if (code && !known(code))
            parts.push(code);
    }
    return parts.length ? `${message} (${parts.join(', ')})` : message;
}

;// CONCATENATED MODULE: ./lib/http/timeouts.js
/**
 * The one timeout vocabulary. Every exchange has three bounds:
 *
 * - connect: setting up the TCP connection;
 * - idle: no byte in either direction for this long (a silent server, a stalled body);
 * - deadline: the whole exchange, the answer's body included, ends within this long
 *   (a server that trickles one byte every few seconds never trips the idle bound).
 *
 * Transfers whose length depends on a file get a deadline from its size
 * (transferDeadlineMs); everything else the default.
 */
const DEFAULT_TIMEOUTS = { connectMs: 30_000, idleMs: 60_000, deadlineMs: 5 * 60_000 };
/** A transfer that has not ended after this long never will in any useful sense: 30 minutes. */
const MAX_TRANSFER_MS = 30 * 60_000;
/** What a transfer of any size may take on top of moving its bytes (connecting, the server's work). */
const TRANSFER_BASE_MS = 60_000;
/** The slowest rate a transfer is expected to keep up: 64 KiB/s. */
const MIN_TRANSFER_BYTES_PER_S = 64 * 1024;
/**
 * The deadline for one upload or download of `bytes`: a minute plus a second
 * per 64 KiB, at most 30 minutes; 30 minutes when the size is unknown.
 */
function transferDeadlineMs(bytes) {
    if (bytes === undefined || !Number.isFinite(bytes))
        return MAX_TRANSFER_MS;
    return Math.min(MAX_TRANSFER_MS, TRANSFER_BASE_MS + Math.ceil((Math.max(0, bytes) / MIN_TRANSFER_BYTES_PER_S) * 1000));
}
/** 300 → "300 ms", 60000 → "60 s". */
function shortDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
/** What the exchange says when each bound runs out. */
const timeoutMessage = {
    connect: (ms) => `could not connect within ${shortDuration(ms)}`,
    idle: (ms) => `no data for ${shortDuration(ms)}`,
    deadline: (ms) => `no complete answer within ${Number((ms / 1000).toFixed(1))} s`,
};

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/http/transport.js
/**
 * One HTTP exchange on the wire, on node:http(s), with one keep-alive pool per
 * protocol for the whole process.
 *
 * Why not undici: @actions/core loads the npm copy of undici (through
 * @actions/http-client), which installs itself as the process-wide
 * dispatcher of Node's global `fetch` when it loads first. In undici 6.29.1
 * and 7.30.3 (the newest 6.x and 7.x) a response body that is paused by
 * backpressure (the disk is slower than the network) when the server closes
 * the connection (S3-alikes and many CDNs send `Connection: close`) crashes
 * the whole process with an uncatchable `assert(!this.paused)`
 * (nodejs/undici#5360), through its own Agent and `request` as well as
 * through `fetch`. The fix is in undici 8, which needs Node 22.19 (on Node 20
 * it does not load). node:http has no such path.
 *
 * Redirects, credentials, retries and the overall deadline are request.ts's
 * business; this module moves bytes, and bounds connecting and silence.
 */





/** The standard reason phrase of a status, or ''. */
function standardStatusText(status) {
    return STATUS_CODES[status] ?? '';
}
// Keep-alive, so listing pages, API calls and uploads reuse connections; idle sockets are unref'd by the agent.
const pools = {
    'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: 64 }),
};
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * Socket data kept while the reader is busy, at most; beyond it the socket is paused (backpressure).
 * Ten downloads at once hold ten of these: a quarter megabyte each keeps the readers fed on loopback.
 */
const MAX_BUFFERED = 256 * 1024;
/**
 * The body as a web stream that hands the reader everything that arrived
 * since its last read, as the socket's own chunks, in one pull: no copy into
 * a larger buffer (a downloader batches them for its writer anyway, and a
 * fresh megabyte per read made work for the allocator and the GC). Bytes that
 * arrived before a failure are delivered before the error, so a resumable
 * download keeps them.
 */
function bodyStream(res, wrap) {
    let parts = [];
    let size = 0;
    let ended = false;
    let failure;
    let wake;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    res.on('data', (chunk) => {
        parts.push(chunk);
        size += chunk.length;
        if (size >= MAX_BUFFERED)
            res.pause();
        notify();
    });
    res.on('end', () => {
        ended = true;
        notify();
    });
    res.on('error', (err) => {
        failure ??= wrap(err);
        notify();
    });
    res.on('close', () => {
        // Closed without 'end' or 'error': the connection went away mid-body (a reader must never wait forever).
        if (!ended && failure === undefined) {
            failure = wrap(Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' }));
        }
        notify();
    });
    return new ReadableStream({
        async pull(controller) {
            for (;;) {
                if (size > 0) {
                    const ready = parts;
                    parts = [];
                    size = 0;
                    if (!ended && failure === undefined)
                        res.resume();
                    for (const chunk of ready)
                        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                    return;
                }
                if (failure !== undefined)
                    return controller.error(failure);
                if (ended)
                    return controller.close();
                res.resume();
                await new Promise((resolve) => (wake = resolve));
            }
        },
        cancel(reason) {
            res.destroy(reason instanceof Error ? reason : undefined);
        },
    }, { highWaterMark: 0 });
}
function abortReason(signal) {
    const r = signal.reason;
    return r ?? Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
}
const nodeTransport = (wire) => new Promise((resolve, reject) => {
    const { url, method } = wire;
    const where = `${method} ${redact_redactUrl(url)}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new errors_HttpError(`unsupported protocol ${url.protocol} (${where})`, { method, url, code: 'EPROTO' }));
        wire.onDone?.();
        return;
    }
    let bodySent = false;
    let response;
    let settled = false;
    let done = false;
    let connectTimer;
    const sending = new AbortController();
    // The caller's abort reason, and this layer's own errors, reach the caller unchanged.
    const failed = (prefix) => (err) => err instanceof errors_HttpError || (wire.signal.aborted && err === wire.signal.reason)
        ? err
        : new errors_HttpError(`${prefix}: ${describeError(err)} (${where})`, { method, url, cause: err, bodySent });
    let req;
    const finish = () => {
        if (done)
            return;
        done = true;
        clearTimeout(connectTimer);
        wire.signal.removeEventListener('abort', onAbort);
        sending.abort();
        // An early answer leaves a half-sent request behind: its socket cannot carry another one.
        if (!bodySent)
            req?.destroy();
        wire.onDone?.();
    };
    /** Before the answer the promise rejects with `err`; after it, the body stream fails with it. */
    const fail = (err) => {
        if (done)
            return;
        if (response) {
            response.destroy(err instanceof Error ? err : undefined);
            return;
        }
        if (!settled) {
            settled = true;
            reject(err);
        }
        req?.destroy();
        finish();
    };
    const onAbort = () => fail(abortReason(wire.signal));
    if (wire.signal.aborted) {
        reject(abortReason(wire.signal));
        wire.onDone?.();
        return;
    }
    wire.signal.addEventListener('abort', onAbort, { once: true });
    const headers = { ...wire.headers };
    if (wire.body !== undefined)
        headers['content-length'] = Buffer.byteLength(wire.body);
    try {
        const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        req = client.request(url, { method, headers, agent: pools[url.protocol] });
    }
    catch (err) {
        // An invalid header value, refused before anything is sent.
        fail(failed('fetch failed')(err));
        return;
    }
    req.setTimeout(wire.idleTimeoutMs, () => fail(new errors_HttpError(`${timeoutMessage.idle(wire.idleTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT', bodySent })));
    req.on('socket', (socket) => {
        if (!socket.connecting)
            return;
        connectTimer = setTimeout(() => fail(new errors_HttpError(`${timeoutMessage.connect(wire.connectTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT' })), wire.connectTimeoutMs);
        socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('finish', () => {
        bodySent = true;
        wire.onBodySent?.();
    });
    req.on('error', (err) => {
        // A server that answers early (a redirect, a refusal) and closes may break the rest of our
        // write (EPIPE, ECONNRESET): a complete answer already read is still the answer.
        if (response?.complete)
            return;
        fail(failed(response ? 'the answer was cut off' : 'fetch failed')(err));
    });
    req.on('response', (res) => {
        response = res;
        // The server answered; whatever of the body is still unsent no longer matters.
        if (!bodySent)
            sending.abort();
        res.once('close', finish);
        const status = res.statusCode ?? 0;
        const h = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
            try {
                h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
            }
            catch {
                // A header value the Fetch standard refuses (control characters): not one this layer reads.
            }
        }
        const empty = NULL_BODY.has(status) || method === 'HEAD';
        if (empty)
            res.resume();
        settled = true;
        resolve({
            status,
            statusText: res.statusMessage ?? '',
            headers: h,
            body: empty ? null : bodyStream(res, failed('the answer was cut off')),
        });
    });
    if (wire.send) {
        // Failed writes surface as the request's 'error'; what rejects here is the body's own source.
        wire.send(req, sending.signal).catch((err) => fail(failed('sending the body failed')(err)));
    }
    else {
        req.end(wire.body);
    }
});

;// CONCATENATED MODULE: ./lib/http/request.js




const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
function normalize(values, keep = () => true) {
    const out = {};
    for (const [k, v] of Object.entries(values ?? {})) {
        const name = k.toLowerCase();
        if (v !== undefined && keep(name))
            out[name] = String(v);
    }
    return out;
}
/** Discards an answer's body without reading it (the connection is closed, not reused). */
async function discard(res) {
    await res.body?.cancel().catch(() => { });
}
/**
 * Sends one request and resolves with the answer once its headers arrive;
 * rejects with HttpError when no answer came (the transport's cause in
 * `code`), or with the caller's abort reason.
 */
async function request(target, opts = {}) {
    const start = new URL(target);
    const transport = opts.transport ?? nodeTransport;
    const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
    const maxRedirects = opts.maxRedirects ?? 5;
    const follow = opts.redirect === 'follow' && opts.send === undefined;
    let method = (opts.method ?? 'GET').toUpperCase();
    let body = opts.body;
    // One controller for the whole exchange: the caller's signal and the deadline both end it.
    const controller = new AbortController();
    const onAbort = () => controller.abort(opts.signal?.reason);
    if (opts.signal?.aborted)
        throw opts.signal.reason;
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let deadline;
    let url = start;
    // Whether the current hop's whole body reached the network: a failure after that is ambiguous.
    let sent = false;
    if (Number.isFinite(timeouts.deadlineMs)) {
        deadline = setTimeout(() => {
            controller.abort(new errors_HttpError(`${timeoutMessage.deadline(timeouts.deadlineMs)} (${method} ${redact_redactUrl(url)})`, { method, url, code: 'ETIMEDOUT', bodySent: sent }));
        }, timeouts.deadlineMs);
        // A hung socket keeps the process alive by itself; the timer need not.
        deadline.unref();
    }
    const over = () => {
        clearTimeout(deadline);
        opts.signal?.removeEventListener('abort', onAbort);
    };
    try {
        for (let hop = 0;; hop++) {
            const sameOrigin = url.origin === start.origin;
            const own = sameOrigin
                ? normalize(typeof opts.credentials === 'function' ? await opts.credentials(url) : opts.credentials)
                : {};
            const headers = { ...normalize(opts.headers, (name) => sameOrigin || !CREDENTIAL_HEADERS.has(name)), ...own };
            // The deadline ends with the exchange that answers: its body read, failed or cancelled.
            let hopDone = false;
            let answered = false;
            sent = false;
            const res = await transport({
                method,
                url,
                headers,
                ...(body !== undefined ? { body } : {}),
                ...(opts.send ? { send: opts.send } : {}),
                connectTimeoutMs: timeouts.connectMs,
                idleTimeoutMs: timeouts.idleMs,
                signal: controller.signal,
                onBodySent: () => {
                    sent = true;
                },
                onDone: () => {
                    hopDone = true;
                    if (answered)
                        over();
                },
            });
            const location = res.headers.get('location');
            if (!follow || !REDIRECTS.has(res.status) || !location) {
                answered = true;
                if (hopDone)
                    over();
                return { method, url, status: res.status, statusText: res.statusText, headers: res.headers, body: res.body, bodySent: () => sent };
            }
            await discard(res);
            const from = url;
            let next;
            try {
                next = new URL(location, url);
            }
            catch {
                throw new errors_HttpError(`${method} ${redact_redactUrl(from)} redirects to "${location}", which is not a URL`, { method, url: from, code: 'EREDIRECT' });
            }
            if (hop >= maxRedirects) {
                throw new errors_HttpError(`${method} ${redact_redactUrl(start)} redirects more than ${maxRedirects} times`, { method, url: start, code: 'EREDIRECT' });
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw new errors_HttpError(`${method} ${redact_redactUrl(start)} redirects to an unsupported URL ${redact_redactUrl(next)}`, { method, url: start, code: 'EREDIRECT' });
            }
            if (from.protocol === 'https:' && next.protocol !== 'https:') {
                throw new errors_HttpError(`${method} ${redact_redactUrl(start)} redirects from https to ${redact_redactUrl(next)}, which would drop encryption`, {
                    method,
                    url: start,
                    code: 'EREDIRECT',
                });
            }
            // As fetch does: 303 (and 301/302 after a POST) turn into a GET without the body.
            if ((res.status === 303 && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
    catch (err) {
        over();
        throw err;
    }
}

// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
;// CONCATENATED MODULE: ./lib/http/body.js
/**
 * Reading an answer's body whole, never past a cap: a server that sends an
 * endless body (or announces a huge one) gets a clear error naming the URL
 * and the cap, and memory holds at most the cap. Large bodies are streamed
 * instead (HttpResponse.body).
 */




function tooLarge(res, maxBytes, announced) {
    const size = announced !== undefined ? ` (it announced ${(0,units/* formatBytes */.z3)(announced)})` : '';
    return new errors_HttpError(`${res.method} ${redact_redactUrl(res.url)} answered with more than ${(0,units/* formatBytes */.z3)(maxBytes)}${size}, the most this answer may hold; it was not read further`, { method: res.method, url: res.url, code: 'EBODYTOOLARGE' });
}
async function readBytes(res, opts) {
    if (!res.body)
        return Buffer.alloc(0);
    const truncate = opts.overflow === 'truncate';
    const announced = Number(res.headers.get('content-length') ?? NaN);
    if (!truncate && Number.isFinite(announced) && announced > opts.maxBytes) {
        await discard(res);
        throw tooLarge(res, opts.maxBytes, announced);
    }
    const reader = res.body.getReader();
    const chunks = [];
    let kept = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        if (kept + value.byteLength > opts.maxBytes) {
            await reader.cancel().catch(() => { });
            if (!truncate)
                throw tooLarge(res, opts.maxBytes);
            chunks.push(value.subarray(0, opts.maxBytes - kept));
            kept = opts.maxBytes;
            break;
        }
        chunks.push(value);
        kept += value.byteLength;
    }
    return Buffer.concat(chunks, kept);
}
async function readText(res, opts) {
    return (await readBytes(res, opts)).toString('utf8');
}
/** The body parsed as JSON; a body that is not JSON is an HttpError with code EBADJSON. */
async function readJson(res, opts) {
    const text = await readText(res, opts);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new HttpError(`${res.method} ${redactUrl(res.url)} answered with something that is not JSON (${err.message})`, {
            method: res.method,
            url: res.url,
            code: 'EBADJSON',
        });
    }
}

;// CONCATENATED MODULE: ./lib/http/fetch.js



const fetch_NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** A body that can be read once only: a retry would send nothing. */
function isOneShotBody(data) {
    return (data !== null &&
        typeof data === 'object' &&
        (typeof data.pipe === 'function' ||
            typeof data.getReader === 'function' ||
            Symbol.asyncIterator in data));
}
function toUrl(input) {
    if (input instanceof URL)
        return input;
    if (typeof input === 'string')
        return new URL(input);
    return new URL(input.url);
}
/** Writes a stream to the request with backpressure; stops (without destroying the request) once the exchange is over. */
function streamTo(source) {
    return async (dest, signal) => {
        for await (const chunk of source) {
            if (signal.aborted)
                return;
            if (!dest.write(chunk)) {
                await new Promise((resolve) => {
                    const go = () => {
                        dest.off('drain', go);
                        dest.off('close', go);
                        signal.removeEventListener('abort', go);
                        resolve();
                    };
                    dest.on('drain', go);
                    dest.on('close', go);
                    signal.addEventListener('abort', go, { once: true });
                });
                if (signal.aborted || dest.destroyed)
                    return;
            }
        }
        dest.end();
    };
}
function layerFetch(options) {
    return async (input, init = {}) => {
        const url = toUrl(input);
        const headers = {};
        new Headers(init.headers).forEach((value, key) => (headers[key] = value));
        const data = init.body;
        let body;
        let send;
        if (data === undefined || data === null) {
            body = undefined;
        }
        else if (typeof data === 'string') {
            body = data;
        }
        else if (data instanceof Uint8Array) {
            body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        }
        else if (data instanceof ArrayBuffer) {
            body = Buffer.from(data);
        }
        else if (isOneShotBody(data)) {
            send = streamTo(data);
        }
        else {
            throw new TypeError('layerFetch: only string, byte and stream bodies are supported');
        }
        const length = Number(headers['content-length']);
        const res = await request(url, {
            method: init.method ?? 'GET',
            headers,
            ...(body !== undefined ? { body } : {}),
            ...(send ? { send } : {}),
            redirect: init.redirect === 'manual' ? 'manual' : 'follow',
            ...(init.signal ? { signal: init.signal } : {}),
            timeouts: { deadlineMs: send ? transferDeadlineMs(Number.isFinite(length) ? length : undefined) : options.requestTimeoutMs },
            ...(options.transport ? { transport: options.transport } : {}),
        });
        const bytes = await readBytes(res, { maxBytes: options.maxAnswerBytes });
        const response = new Response(fetch_NULL_BODY.has(res.status) ? null : bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
        Object.defineProperty(response, 'url', { value: res.url.href });
        return response;
    };
}

;// CONCATENATED MODULE: ./lib/http/retry.js

const DEFAULT_MAX_HINT_MS = 10 * 60_000;
const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };
/**
 * The wait before attempt `attempt + 1`: "equal jitter" (half fixed, half
 * random) so that many clients that failed together do not come back together,
 * yet no wait collapses to zero.
 */
function backoffDelay(attempt, opts, random = Math.random) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
function retry_abortReason(signal) {
    return signal.reason ?? new Error('aborted');
}
function sleepFor(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(retry_abortReason(signal));
        const onAbort = () => {
            clearTimeout(timer);
            reject(retry_abortReason(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Runs `fn(attempt, remainingMs)` (attempt counts from 1) until it succeeds,
 * `isRetryable` refuses, attempts run out or the next wait would overrun
 * maxElapsedMs; then throws the last error unchanged so callers keep its type
 * and message. `remainingMs` is what is left of maxElapsedMs (Infinity without
 * one), so that an attempt can be given a deadline that keeps the whole
 * operation within it.
 */
async function withRetry(fn, isRetryable, opts, log) {
    const maxAttempts = Math.max(1, Math.floor(opts.maxAttempts));
    const random = opts.random ?? Math.random;
    const sleep = opts.sleep ?? ((ms) => sleepFor(ms, opts.signal));
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        if (opts.signal?.aborted)
            throw retry_abortReason(opts.signal);
        try {
            const remaining = opts.maxElapsedMs === undefined ? Infinity : Math.max(0, opts.maxElapsedMs - (Date.now() - started));
            return await fn(attempt, remaining);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw retry_abortReason(opts.signal);
            if (attempt >= maxAttempts)
                throw err;
            const decision = isRetryable(err);
            if (!decision.retry)
                throw err;
            const hinted = decision.delayMs !== undefined;
            const delay = hinted ? Math.max(0, decision.delayMs) : backoffDelay(attempt, opts, random);
            const pastHint = hinted && delay > (opts.maxHintMs ?? DEFAULT_MAX_HINT_MS);
            const pastElapsed = opts.maxElapsedMs !== undefined && Date.now() - started + delay > opts.maxElapsedMs;
            if (pastHint || pastElapsed) {
                if (hinted) {
                    log?.info(`${opts.what ? `${opts.what}: ` : ''}attempt ${attempt} of ${maxAttempts} failed: ${describeError(err)}; the server asks to wait `
                        + `${(delay / 1000).toFixed(1)}s (Retry-After), longer than the retry limits allow, so no further attempt is made`);
                }
                throw err;
            }
            log?.info(`${opts.what ? `${opts.what}: ` : ''}attempt ${attempt} of ${maxAttempts} failed: ${describeError(err)}; retrying in ${(delay / 1000).toFixed(1)}s`);
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./lib/http/retryable.js
/**
 * Which HTTP failures are worth another attempt: the one retry decision.
 * How long and how often lives in retry.ts.
 */

/** Statuses that say "try again later" rather than "this will never work". */
function isRetryableStatus(status) {
    return status === 408 || status === 425 || status === 429 || status >= 500;
}
/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
// node:net, node:http and undici report connection trouble with these codes; this layer's own
// timeouts are ETIMEDOUT. EBODYTOOLARGE and EREDIRECT (a refused redirect) are final.
const TRANSIENT_CODES = new Set([
    'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH',
    'ENETDOWN', 'EHOSTDOWN',
    'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/**
 * True for a dropped, refused, reset or stalled connection, looking through
 * `cause` chains. A known error code decides; DNS "not found" and TLS
 * certificate errors carry codes that are not in the list, so they are final.
 */
function isTransientNetworkError(err) {
    let hint = false;
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = errorCode(e);
        if (code)
            return TRANSIENT_CODES.has(code);
        // Duck-typed: errors from node internals may come from another realm (jest's VM).
        const name = e.name;
        const message = e.message;
        if (typeof message === 'string') {
            // undici: "fetch failed" (TypeError) wraps the socket error; "terminated" when the body stream dies.
            if (name === 'TypeError' && /fetch failed|terminated/i.test(message))
                hint = true;
            if (/other side closed|socket hang up/i.test(message))
                hint = true;
        }
        if (name === 'TimeoutError')
            hint = true;
    }
    return hint;
}
/** The usual decision for HTTP work: retry passing network trouble, truncation and 408/425/429/5xx. */
function httpRetryDecision(err) {
    if (err instanceof HttpStatusError) {
        return isRetryableStatus(err.status) ? { retry: true, delayMs: err.retryAfterMs } : { retry: false };
    }
    if (err instanceof TransientError)
        return { retry: true };
    return { retry: isTransientNetworkError(err) };
}

;// CONCATENATED MODULE: ./lib/http/index.js
/**
 * The one HTTP layer: every request this suite makes goes through here
 * (only the embedded index server, src/index-server/, speaks node:http on
 * its own). See request.ts for the redirect and credential policy,
 * timeouts.ts for the timeout vocabulary, retryable.ts and retry.ts for
 * retries, body.ts for bounded reads, transport.ts for why node:http.
 */










;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The one way this suite talks to GitHub's REST API: @actions/github's
 * Octokit with retries for passing failures (5xx, dropped connections) and
 * the throttling GitHub asks integrations to use (one write at a time, a
 * pause on rate limits), its requests made by the one HTTP layer (src/http:
 * timeouts, answers read up to a cap, credentials never sent across a
 * redirect). Shared by every action; nothing here knows about releases.
 */







const USER_AGENT = 'python-release-actions';
/**
 * The most one API answer may hold. A page of 100 releases with the longest
 * notes GitHub keeps (125,000 characters each) is about 13 MiB.
 */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** Answers plugin-retry takes as final (a 403 or 429 with Retry-After is handled below). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function headerValue(headers, name) {
    if (!headers || typeof headers !== 'object')
        return undefined;
    const v = headers[name];
    return v === undefined || v === null ? undefined : String(v);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * An answer the HTTP layer refused (larger than its cap, a redirect it would
 * not follow) comes back from Octokit as a "500" that plugin-retry would
 * repeat; it is final. Registered before plugin-retry, so it sees the failure
 * first.
 */
function refusalsAreFinal(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        try {
            return await request(options);
        }
        catch (err) {
            const cause = err.cause;
            if (cause instanceof errors_HttpError && (cause.code === 'EBODYTOOLARGE' || cause.code === 'EREDIRECT')) {
                throw new errors/* UserError */.y(`${cause.message}. That is not an answer GitHub's API gives; check GITHUB_API_URL and that no proxy rewrites its answers.`);
            }
            throw err;
        }
    });
}
function createGitHubClient(options) {
    const { token, log } = options;
    const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const retries = options.retries ?? 3;
    const base = options.retryAfterBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    // A request (answer included) that takes longer is abandoned; uploads get a deadline from their size instead.
    const fetch = layerFetch({ requestTimeoutMs: options.requestTimeoutMs ?? 120_000, maxAnswerBytes: MAX_ANSWER_BYTES });
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        const what = `${req.method ?? ''} ${req.url ?? ''}`.trim();
        if (isOneShotBody(req.data)) {
            log.warning(`GitHub ${kind} on ${what}; the upload is retried by its caller`);
            return false;
        }
        if (retryCount >= retries || retryAfter > maxWait) {
            log.warning(`GitHub ${kind} on ${what}: giving up after ${retryCount + 1} attempt(s) (asked to wait ${retryAfter}s)`);
            return false;
        }
        log.warning(`GitHub ${kind} on ${what}: waiting ${retryAfter}s before retry ${retryCount + 1} of ${retries}`);
        return true;
    };
    const octokitOptions = {
        baseUrl,
        userAgent: USER_AGENT,
        // Replaces @actions/github's own fetch (undici's, see src/http/transport.ts for why not).
        request: { fetch },
        // Octokit logs every failed request at error level, expected 404s included;
        // callers decide what a failure means, so Octokit's own lines stay in the debug log.
        log: {
            // (the request-log plugin's bare "request" line carries nothing worth keeping)
            debug: (m) => m !== 'request' && log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.debug(m),
            error: (m) => log.debug(m),
        },
        retry: { retries, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    };
    // Inside plugin-retry, so it sees each attempt: a step waiting on a slow GitHub says so in the log.
    const attemptLog = (octokit) => {
        octokit.hook.wrap('request', async (request, opts) => {
            try {
                return await request(opts);
            }
            catch (err) {
                const status = err.status;
                const done = opts.request?.retryCount ?? 0;
                if (!(err instanceof errors/* UserError */.y) && !(typeof status === 'number' && DO_NOT_RETRY.includes(status)) && done < retries && !isOneShotBody(opts.data)) {
                    // Octokit reports a request that got no answer as a 500 with the reason as its cause.
                    const cause = err.cause;
                    const why = cause !== undefined ? describeError(cause) : typeof status === 'number' ? `answered ${status}` : describeError(err);
                    log.info(`GitHub: ${opts.method} ${opts.url} ${why}; trying again (retry ${done + 1} of ${retries}).`);
                }
                throw err;
            }
        });
    };
    const plugins = [refusalsAreFinal, attemptLog, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, dist_src/* requestLog */.M];
    // Without a token (a dry run on a public repository) the same client, unauthenticated: getOctokit insists on one.
    const octokit = token ? (0,github/* getOctokit */.Q)(token, octokitOptions, ...plugins) : new (utils/* GitHub */.gq.plugin(...plugins))(octokitOptions);
    // A 403 or 429 with Retry-After that matches neither of the throttling
    // plugin's patterns is still GitHub asking us to come back later (403 is on
    // plugin-retry's do-not-retry list; 429 is kept off it so this hook, not a
    // blind backoff, decides): honour it a bounded number of times.
    octokit.hook.wrap('request', async (request, opts) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(opts);
            }
            catch (err) {
                const e = err;
                const headers = e.response?.headers;
                const hint = headerValue(headers, 'retry-after');
                const after = hint === undefined ? (e.status === 429 ? 2 ** attempt : NaN) : Number(hint);
                const handledByThrottling = /\bsecondary rate\b/i.test(e.message ?? '') || headerValue(headers, 'x-ratelimit-remaining') === '0';
                const retryable = (e.status === 403 || e.status === 429) &&
                    !handledByThrottling &&
                    Number.isFinite(after) &&
                    after >= 0 &&
                    after <= maxWait &&
                    attempt < retries &&
                    !isOneShotBody(opts.data);
                if (!retryable)
                    throw err;
                log.warning(`GitHub answered ${e.status} (retry after ${after}s) on ${opts.method} ${opts.url}; retry ${attempt + 1} of ${retries}`);
                await sleep(after * base);
            }
        }
    });
    return octokit;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(6246);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/poll.js
/**
 * Waiting for something to become true: one sleep and one polling loop for
 * every wait in the project (a wheel set in a bucket, required checks, a
 * release on an index, pip's view of it, a listing after an upload). The
 * caller's `look` decides what "done" means and throws to stop at once (a
 * refusal that waiting cannot fix); this module decides when to look again
 * and when to give up.
 */

/** Resolves after `ms`; rejects with the abort reason as soon as `signal` aborts. */
async function poll_sleep(ms, signal) {
    signal?.throwIfAborted();
    try {
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined);
    }
    catch (err) {
        signal?.throwIfAborted();
        throw err;
    }
}
/**
 * The pause after look `n` (from 1): `firstMs`, then times `factor` each time,
 * capped at `maxMs`, and spread by ±`jitter` (a fraction) so that many
 * waiters do not poll in step.
 */
function exponentialBackoff(opts) {
    return (n) => {
        const base = Math.min(opts.maxMs, opts.firstMs * opts.factor ** Math.max(0, n - 1));
        if (!opts.jitter)
            return base;
        return Math.round(base * (1 - opts.jitter + 2 * opts.jitter * (opts.random ?? Math.random)()));
    };
}
/** Looks until `look` is done, the deadline passes or `signal` aborts; resolves with the value and the number of looks. */
async function pollUntil(opts) {
    const now = opts.now ?? Date.now;
    const pause = opts.sleep ?? poll_sleep;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const seen = await opts.look(n);
        if (seen.done)
            return { value: seen.value, looks: n };
        const leftMs = opts.deadline - now();
        let pauseMs = opts.backoff(n);
        if (opts.atDeadline === 'stop' ? pauseMs > leftMs : leftMs <= 0) {
            return { value: opts.onTimeout({ look: n, state: seen.state }), looks: n };
        }
        pauseMs = Math.min(pauseMs, leftMs);
        opts.onPause?.({ look: n, pauseMs, leftMs, state: seen.state });
        await pause(pauseMs, opts.signal);
    }
}

;// CONCATENATED MODULE: ./lib/github/errors.js
/** Reading GitHub's error answers: status, validation codes and a message worth showing a person. */

/** The HTTP status of an Octokit RequestError (500 for a dropped connection), else undefined. */
function httpStatus(err) {
    if (err && typeof err === 'object' && typeof err.status === 'number') {
        return err.status;
    }
    return undefined;
}
function isNotFound(err) {
    return httpStatus(err) === 404;
}
function validationErrors(err) {
    const data = err?.response?.data;
    if (data && typeof data === 'object' && Array.isArray(data.errors)) {
        return data.errors.filter((e) => !!e && typeof e === 'object');
    }
    return [];
}
/** GitHub's 422 "already_exists": a release for the tag, or an asset of the name, is already there. */
function isAlreadyExists(err) {
    return httpStatus(err) === 422 && validationErrors(err).some((e) => e.code === 'already_exists');
}
/** "422 Validation Failed (Release.tag_name: already_exists)": status, GitHub's message and its field errors. */
function describeGitHubError(err) {
    const status = httpStatus(err);
    const data = err?.response?.data;
    const apiMessage = data && typeof data === 'object' && typeof data.message === 'string'
        ? data.message
        : err instanceof Error
            ? err.message
            : String(err);
    const details = validationErrors(err)
        .map((e) => e.message ?? [e.resource, e.field].filter(Boolean).join('.') + (e.code ? `: ${e.code}` : ''))
        .filter((s) => s !== '');
    const head = status !== undefined ? `${status} ${apiMessage}` : apiMessage;
    return details.length > 0 ? `${head} (${details.join('; ')})` : head;
}
const HINTS = {
    401: 'The token was refused: it is missing, expired or revoked.',
    403: 'The token lacks a permission this step needs (see the permissions the action documents), or a rule of the repository forbids it.',
    404: 'The repository or object does not exist, or the token cannot see it.',
};
function responseHeader(err, name) {
    const headers = err?.response?.headers;
    const value = headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission. */
function isRateLimited(err) {
    const status = httpStatus(err);
    if (status !== 403 && status !== 429)
        return false;
    return responseHeader(err, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(describeGitHubError(err));
}
function resetText(err) {
    const reset = Number(responseHeader(err, 'x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
}
/**
 * Turns a GitHub failure into an error for the person running the release
 * ("Could not create the draft release: 403 Resource not accessible by
 * integration. The token lacks…"). Errors that are not HTTP answers (bugs)
 * and errors that already are UserErrors pass through unchanged.
 */
function gitHubFailure(err, doing) {
    const status = httpStatus(err);
    if (status === undefined || err instanceof errors/* UserError */.y)
        return err;
    const hint = isRateLimited(err)
        ? `GitHub's API rate limit for this token is used up${resetText(err)}; run the step again after that, or use a token with its own limit (a GitHub App's).`
        : HINTS[status] ?? (status >= 500 ? 'GitHub is having trouble; run the step again later.' : '');
    return new errors/* UserError */.y(`Could not ${doing}: ${describeGitHubError(err)}.${hint ? ` ${hint}` : ''}`);
}
/** Runs one GitHub call, turning its HTTP failure into a UserError that says what was being done. */
async function onGitHub(doing, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw gitHubFailure(err, doing);
    }
}

;// CONCATENATED MODULE: ./lib/github/paginate.js
/**
 * Bounds on a paginated GitHub listing: a page limit and an overall deadline,
 * so that an API (or something posing as one) that links to a next page
 * forever cannot keep an action listing without end.
 */

/** A listing, every page and retry, ends within this long: 5 minutes. */
const LISTING_DEADLINE_MS = 5 * 60_000;
/**
 * A listing's pages within its bounds. `start` makes the page iterator with
 * the signal to pass as `request: { signal }`, which ends a request still in
 * flight at the deadline.
 */
async function* boundedPages(start, bounds) {
    const deadlineMs = bounds.deadlineMs ?? LISTING_DEADLINE_MS;
    const signal = AbortSignal.timeout(deadlineMs);
    let count = 0;
    const late = () => new errors/* UserError */.y(`Listing ${bounds.what} did not end within ${Math.round(deadlineMs / 1000)} s (${count} page(s) read). ` +
        'GitHub is slow or keeps linking to another page; run the step again later.');
    try {
        for await (const page of start(signal)) {
            if (signal.aborted)
                throw late();
            if (bounds.maxPages !== undefined && ++count > bounds.maxPages) {
                throw new errors/* UserError */.y(`Listing ${bounds.what} stopped after ${bounds.maxPages} pages: GitHub keeps linking to another page, more than such a listing ever has. ` +
                    'Check GITHUB_API_URL and that no proxy rewrites its answers.');
            }
            yield page;
        }
    }
    catch (err) {
        if (signal.aborted && !(err instanceof errors/* UserError */.y))
            throw late();
        throw err;
    }
}

;// CONCATENATED MODULE: ./lib/github/git.js
/** Commits and tags, read through the REST API (this suite never writes a tag ref directly). */



const repoName = (r) => `${r.owner}/${r.repo}`;
/** True when the commit exists in the repository; false for 404 (and 422, GitHub's answer to a malformed SHA). */
async function commitExists(gh, repo, sha) {
    try {
        await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
        return true;
    }
    catch (err) {
        const status = httpStatus(err);
        if (status === 404 || status === 422)
            return false;
        throw err;
    }
}
/**
 * The commit a tag points at, following annotated tag objects; undefined when
 * the tag does not exist.
 */
async function tagCommit(gh, repo, tag) {
    let object;
    try {
        const { data } = await gh.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (err) {
        if (httpStatus(err) === 404)
            return undefined;
        throw err;
    }
    // An annotated tag may (rarely) point at another tag object: follow a few levels.
    for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        const { data } = await gh.rest.git.getTag({ ...repo, tag_sha: object.sha });
        object = data.object;
    }
    if (object.type !== 'commit') {
        throw new errors/* UserError */.y(`The tag ${tag} in ${repoName(repo)} points at a ${object.type} (${object.sha}), not a commit; a release needs a tag on a commit.`);
    }
    return object.sha.toLowerCase();
}
/** Every tag name in the repository (paginated; tags are cheap to list even in large repositories). */
async function listTagNames(gh, repo) {
    return onGitHub(`list the tags of ${repoName(repo)}`, async () => {
        const names = [];
        const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listTags, { ...repo, per_page: 100, request: { signal } }), {
            what: `the tags of ${repoName(repo)}`,
            // 100,000 tags: more than any repository releasing this way has.
            maxPages: 1000,
        });
        for await (const page of pages)
            for (const t of page.data)
                names.push(t.name);
        return names;
    });
}

;// CONCATENATED MODULE: ./lib/github/checks.js
/**
 * Required checks: named check runs or commit statuses that must have
 * succeeded on a commit before anything is released from it.
 */





const RANK = { success: 0, pending: 1, failure: 2 };
/**
 * The state of each named check on `sha`. A check run counts as passed only
 * with conclusion `success` (a skipped or neutral run did not prove anything);
 * among runs of one name the latest decides (a re-run replaces a failure). A
 * commit status counts with state `success`. When a name is both a check run
 * and a status, the worse of the two decides.
 */
async function readChecks(gh, repo, sha, names) {
    const runs = await onGitHub(`read the check runs of ${sha} in ${repoName(repo)}`, async () => {
        const all = [];
        const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.checks.listForRef, { ...repo, ref: sha, per_page: 100, filter: 'latest', request: { signal } }), {
            what: `the check runs of ${sha} in ${repoName(repo)}`,
            // GitHub lists at most 1000 check runs for a commit.
            maxPages: 10,
        });
        for await (const page of pages)
            for (const run of page.data)
                all.push(run);
        return all;
    });
    const combined = await onGitHub(`read the commit statuses of ${sha} in ${repoName(repo)}`, () => gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }));
    const statuses = [...combined.data.statuses];
    // The combined status lists one entry per context; page on when there are more than 100.
    for (let page = 2; statuses.length < combined.data.total_count && page <= 10; page++) {
        const more = await onGitHub(`read the commit statuses of ${sha} in ${repoName(repo)}`, () => gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100, page }));
        if (more.data.statuses.length === 0)
            break;
        for (const s of more.data.statuses)
            statuses.push(s);
    }
    const latestRun = new Map();
    for (const run of runs) {
        const obs = run.status !== 'completed'
            ? { verdict: 'pending', detail: `check run is ${run.status}`, url: run.html_url ?? undefined, order: run.id }
            : run.conclusion === 'success'
                ? { verdict: 'success', detail: 'check run succeeded', url: run.html_url ?? undefined, order: run.id }
                : { verdict: 'failure', detail: `check run concluded ${run.conclusion ?? 'without a conclusion'}`, url: run.html_url ?? undefined, order: run.id };
        const prev = latestRun.get(run.name);
        if (!prev || obs.order > prev.order)
            latestRun.set(run.name, obs);
    }
    const statusOf = new Map();
    for (const s of statuses) {
        const verdict = s.state === 'success' ? 'success' : s.state === 'pending' ? 'pending' : 'failure';
        const obs = { verdict, detail: `commit status is ${s.state}`, url: s.target_url ?? undefined, order: s.id };
        const prev = statusOf.get(s.context);
        if (!prev || obs.order > prev.order)
            statusOf.set(s.context, obs);
    }
    const results = names.map((name) => {
        const found = [latestRun.get(name), statusOf.get(name)].filter((o) => o !== undefined);
        if (found.length === 0)
            return { name, verdict: 'missing', detail: 'no check run or commit status of that name' };
        const worst = found.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
        return { name, verdict: worst.verdict, detail: worst.detail, url: worst.url };
    });
    const seen = [...new Set([...latestRun.keys(), ...statusOf.keys()])].sort();
    return { results, seen };
}
function describeResult(r) {
    const verb = r.verdict === 'failure' ? 'failed' : r.verdict === 'pending' ? 'has not finished' : 'is missing';
    return `'${r.name}' ${verb} (${r.detail})${r.url ? ` ${r.url}` : ''}`;
}
/**
 * Returns once every named check has succeeded on `sha`; throws a UserError
 * naming each failing, unfinished or missing one. A failure ends the wait at
 * once (waiting cannot fix it); pending and missing checks are waited for up
 * to the timeout.
 */
async function requireChecks(gh, repo, sha, names, log, opts) {
    if (names.length === 0)
        return [];
    const now = opts.now ?? Date.now;
    const pollMs = 1000 * (opts.pollSeconds ?? Math.min(15, Math.max(2, Math.round(opts.timeoutSeconds / 20))));
    const notSucceeded = (bad, seen) => {
        const failed = bad.filter((r) => r.verdict === 'failure');
        const waited = opts.timeoutSeconds > 0 ? ` after waiting up to ${opts.timeoutSeconds}s` : '';
        const missingHint = bad.some((r) => r.verdict === 'missing')
            ? ` Names seen on this commit: ${seen.length > 0 ? seen.join(', ') : 'none'}.`
            : '';
        const waitHint = failed.length === 0 && opts.timeoutSeconds === 0 ? ' Set checks-timeout to wait for checks that are still running.' : '';
        return new errors/* UserError */.y(`Required checks have not succeeded on commit ${sha}${waited}: ${bad.map(describeResult).join('; ')}.${missingHint}${waitHint} Nothing was released.`);
    };
    const { value } = await pollUntil({
        deadline: now() + opts.timeoutSeconds * 1000,
        backoff: () => pollMs,
        atDeadline: 'stop',
        now,
        sleep: opts.sleep,
        look: async () => {
            const { results, seen } = await readChecks(gh, repo, sha, names);
            const bad = results.filter((r) => r.verdict !== 'success');
            if (bad.length === 0)
                return { done: true, value: results };
            // A failure ends the wait at once: waiting cannot fix it.
            if (bad.some((r) => r.verdict === 'failure'))
                throw notSucceeded(bad, seen);
            return { done: false, state: { bad, seen } };
        },
        onPause: ({ state }) => log.info(`Waiting for required checks on ${sha}: ${state.bad.map((r) => `${r.name} (${r.verdict})`).join(', ')}`),
        onTimeout: ({ state }) => {
            throw notSucceeded(state.bad, state.seen);
        },
    });
    log.info(`Required checks succeeded on ${sha}: ${names.join(', ')}`);
    return value;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/github/upload-url.js
/**
 * Where a release asset may be uploaded. The upload URL comes from GitHub's
 * answer (`upload_url`), and the upload carries the token: a proxy, a fake
 * API or a tampered answer must not be able to send it elsewhere. GitHub's
 * uploads live on the API host's `uploads.` sibling (api.github.com →
 * uploads.github.com, api.TENANT.ghe.com → uploads.TENANT.ghe.com) or, on
 * GitHub Enterprise Server, on the API host itself (/api/uploads).
 */


/** Why `uploadUrl` is not GitHub's upload endpoint for the API at `apiBase`, or undefined when it is. */
function uploadUrlProblem(apiBase, uploadUrl) {
    const api = new URL(apiBase);
    let target;
    try {
        // The URI template's {?name,label} is not part of the URL.
        target = new URL(uploadUrl.replace(/\{[^}]*\}/g, ''));
    }
    catch {
        return 'not a URL';
    }
    // Plain http only where the API itself is plain http (a local stand-in for GitHub).
    if (target.protocol !== 'https:' && !(api.protocol === 'http:' && target.protocol === 'http:'))
        return `not https`;
    if (target.username || target.password)
        return 'a URL with credentials in it';
    const uploads = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice('api.'.length)}` : undefined;
    if (target.hostname !== api.hostname && target.hostname !== uploads) {
        return `on ${target.hostname}, which is neither the API host ${api.hostname}${uploads ? ` nor ${uploads}` : ''}`;
    }
    // Over https (GitHub, GitHub Enterprise) the port too: uploads are served where the API is, and
    // another port of the host is another server. A plain-http stand-in serves them from a port of its own.
    const port = (u) => u.port || (u.protocol === 'https:' ? '443' : '80');
    if (api.protocol === 'https:' && port(target) !== port(api)) {
        return `on port ${port(target)} of ${target.hostname}, not the API's port ${port(api)}`;
    }
    return undefined;
}
/** Throws unless `uploadUrl` is GitHub's upload endpoint for the API at `apiBase`. */
function checkUploadUrl(apiBase, uploadUrl, what) {
    const problem = uploadUrlProblem(apiBase, uploadUrl);
    if (problem === undefined)
        return;
    throw new errors/* UserError */.y(`Refusing to upload ${what}: the upload_url GitHub gave for the release (${redact_redactUrl(uploadUrl)}) is ${problem}, ` +
        `and the upload would carry the token there. Check that GITHUB_API_URL (${apiBase}) is the API of the GitHub that holds the repository, ` +
        'and that no proxy rewrites its answers.');
}

;// CONCATENATED MODULE: ./lib/github/releases.js
/**
 * GitHub releases and their assets: finding every release of a tag (drafts
 * included), creating, updating, deleting, and uploading assets as a stream.
 */




/** How far the release list is read looking for drafts: 10 pages of 100, the newest first. */
const DEFAULT_MAX_RELEASE_PAGES = 10;
/** A release holds at most 1000 assets: 10 pages of 100. */
const MAX_ASSET_PAGES = 10;
/**
 * Every release whose tag is `tag`. The get-by-tag endpoint never returns a
 * draft, so the release list is read as well (newest first, at most
 * `maxPages` pages: a draft left by an earlier run or created by a racing run
 * is recent; a published release older than that is still found by tag).
 */
async function findReleasesForTag(gh, repo, tag, log, maxPages = DEFAULT_MAX_RELEASE_PAGES) {
    const found = new Map();
    try {
        const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
        found.set(data.id, data);
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
    let pages = 0;
    const list = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100, request: { signal } }), {
        what: `the releases of ${repo.owner}/${repo.repo}`,
    });
    for await (const page of list) {
        for (const r of page.data)
            if (r.tag_name === tag)
                found.set(r.id, r);
        if (++pages >= maxPages) {
            log.debug(`looked for drafts of ${tag} among the newest ${maxPages * 100} releases only`);
            break;
        }
    }
    return [...found.values()].sort((a, b) => a.id - b.id);
}
/** The one release a tag should have: a published one if any, otherwise the oldest (lowest id). */
function canonicalRelease(releases) {
    const published = releases.filter((r) => !r.draft).sort((a, b) => a.id - b.id);
    if (published.length > 0)
        return published[0];
    return [...releases].sort((a, b) => a.id - b.id)[0];
}
/**
 * One attempt, never repeated by the client: a create whose answer was lost
 * may have stored the draft, and a blind retry would store a second one. The
 * caller looks first, then tries again (create-release's createConverged).
 */
async function createDraftRelease(gh, repo, fields) {
    const { data } = await gh.rest.repos.createRelease({ ...repo, ...fields, draft: true, generate_release_notes: false, request: { retries: 0 } });
    return data;
}
async function getRelease(gh, repo, id) {
    const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: id });
    return data;
}
async function updateRelease(gh, repo, id, fields) {
    const { data } = await gh.rest.repos.updateRelease({ ...repo, release_id: id, ...fields });
    return data;
}
async function deleteRelease(gh, repo, id) {
    try {
        await gh.rest.repos.deleteRelease({ ...repo, release_id: id });
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
}
async function listAssets(gh, repo, releaseId) {
    const assets = [];
    const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listReleaseAssets, { ...repo, release_id: releaseId, per_page: 100, request: { signal } }), { what: `the assets of release ${releaseId}`, maxPages: MAX_ASSET_PAGES });
    for await (const page of pages)
        for (const a of page.data)
            assets.push(a);
    return assets;
}
async function deleteAsset(gh, repo, assetId) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
}
/**
 * The asset GitHub stores for an upload named `name`: GitHub replaces some
 * characters (spaces become dots), and a label may keep the original name.
 */
function findAsset(assets, name) {
    const renamed = name.replace(/ /g, '.');
    return assets.find((a) => a.name === name) ?? assets.find((a) => a.name === renamed || a.label === name);
}
/**
 * One upload attempt: the file is streamed with its Content-Length (never read
 * into memory). The upload URL comes from the release (uploads.github.com, or
 * the GitHub Enterprise equivalent). Octokit's own retries are off for it: a
 * stream cannot be sent twice, so the caller retries with a fresh stream.
 */
async function uploadAssetOnce(gh, release, file) {
    checkUploadUrl(String(gh.request.endpoint.DEFAULTS.baseUrl), release.upload_url, file.name);
    const stream = (0,external_node_fs_.createReadStream)(file.path);
    try {
        const response = await gh.request({
            method: 'POST',
            url: release.upload_url,
            name: file.name,
            headers: { 'content-type': file.contentType, 'content-length': file.size },
            data: stream,
            request: { retries: 0 },
        });
        return response.data;
    }
    finally {
        stream.destroy();
    }
}

// EXTERNAL MODULE: ./node_modules/glob/dist/esm/index.min.js
var index_min = __webpack_require__(1668);
// EXTERNAL MODULE: ./lib/files/within.js
var within = __webpack_require__(4740);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(608);
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
function algorithms_checkAlgorithms(algorithms) {
    const unknown = algorithms.filter((a) => !KNOWN.has(a));
    if (unknown.length > 0)
        throw new Error(`unknown hash algorithm ${unknown.join(', ')}`);
    return [...new Set(algorithms)];
}
/** Asynchronous because BLAKE2b-256 is a WebAssembly instance. */
async function createMultiHash(algorithms) {
    const parts = await Promise.all(algorithms_checkAlgorithms(algorithms).map(async (name) => [name, name === 'blake2b256' ? await (0,index_umd.createBLAKE2b)(256) : (0,external_node_crypto_.createHash)(name)]));
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
    return createHash(algorithm).update(data).digest();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/crc-32/crc32.js
var crc32 = __webpack_require__(4891);
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

;// CONCATENATED MODULE: ./lib/files/block-reader.js
/**
 * Positional reads of a file for parsers that read many small records (zip
 * headers): each read is served from one block read ahead from the file, so a
 * zip of 200,000 members costs a few thousand reads of the file instead of
 * several hundred thousand round trips through the thread pool. Reads larger
 * than a block go to the file directly.
 */

const block_reader_BLOCK_SIZE = (/* unused pure expression or super */ null && (64 * 1024));
class block_reader_BlockReader {
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
    static async open(path, blockSize = block_reader_BLOCK_SIZE) {
        const handle = await open(path, 'r');
        try {
            return new block_reader_BlockReader(handle, (await handle.stat()).size, blockSize);
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

;// CONCATENATED MODULE: ./lib/hashing/zip-framing.js
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
    const file = await BlockReader.open(path);
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
            const bytes = await file.read(pos, Math.min(BLOCK_SIZE, want.read));
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
        const framing = request.wholeFile && request.framing ? new ZipFramingCheck(request.framing) : undefined;
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
function pool_scanOnWorker(request) {
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
    const wanted = algorithms_checkAlgorithms(algorithms);
    if (typeof source === 'string') {
        const scan = await pool_scanOnWorker({ path: source, members: [], wholeFile: true, algorithms: wanted });
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
    const stream = await streamHashOnWorker(algorithms_checkAlgorithms(algorithms), opts.writeTo);
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





;// CONCATENATED MODULE: ./lib/commands/create-release/stand-in.js
/**
 * The name a replacement asset carries on a release until the asset it
 * replaces is gone (see put-asset.ts).
 */
/**
 * Ends the name of a stand-in. The name must come back from GitHub unchanged,
 * or the next run could not find it: GitHub rewrites special characters in
 * asset names (spaces, `~`, `:`, parentheses… become `.`) and names with a
 * leading or trailing period, while letters, digits, `.`, `-` and `_` stay. So
 * it is a suffix, not a hidden `.name` prefix. No asset of a release may end
 * with it (resolveAssets refuses one), so a stand-in is never taken for one.
 */
const STAND_IN_SUFFIX = '.pyrelease-replacement';
/** The characters GitHub keeps in an asset name; any other becomes `.`. */
function keptByGitHub(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '.');
}
/** The stand-in for the asset `name`: made of characters GitHub keeps, so it is found again by name. */
function standInName(name) {
    const safe = keptByGitHub(name)
        .replace(/\.{2,}/g, '.')
        .replace(/^\.|\.$/g, '');
    return `${safe || 'asset'}${STAND_IN_SUFFIX}`;
}
/** Whether `name`, as GitHub would store it ("x pyrelease-replacement" arrives as "x.pyrelease-replacement"), is a stand-in's. */
function isStandInName(name) {
    return keptByGitHub(name).endsWith(STAND_IN_SUFFIX);
}

;// CONCATENATED MODULE: ./lib/commands/create-release/assets.js
/**
 * Release assets on this side: the files the `assets` globs name, their
 * sha256, and what to do with each given what the release already holds.
 */








const CONTENT_TYPES = [
    [/\.(whl|zip|egg)$/i, 'application/zip'],
    [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
    [/\.tar\.bz2$/i, 'application/x-bzip2'],
    [/\.tar\.xz$/i, 'application/x-xz'],
    [/\.json$/i, 'application/json'],
    [/\.(txt|sha256|md5|asc|sig)$/i, 'text/plain'],
    [/\.md$/i, 'text/markdown'],
    [/\.(intoto\.jsonl|jsonl)$/i, 'application/jsonl'],
];
function contentTypeFor(name) {
    return CONTENT_TYPES.find(([re]) => re.test(name))?.[1] ?? 'application/octet-stream';
}
async function sha256File(path) {
    return (await hash(path, ['sha256'])).sha256;
}
/**
 * The files the globs name, relative to `cwd`. A line starting with `!`
 * excludes matches. Every other line must match at least one file, and no two
 * files may share a name (a release asset is known by its name alone).
 */
async function resolveAssets(patterns, cwd) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const byPath = new Map();
    const unmatched = [];
    for (const pattern of include) {
        const found = await (0,index_min/* glob */.TI)(pattern, { cwd, nodir: true, dot: true, absolute: true, ignore });
        if (found.length === 0)
            unmatched.push(pattern);
        for (const path of found.sort())
            byPath.set(path, (0,external_node_path_.basename)(path));
    }
    if (unmatched.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': ${unmatched.map((p) => `'${p}'`).join(', ')} matched no file in ${cwd}. ` +
            'Check the paths (globs are relative to the workspace) and that the files were downloaded into this job.');
    }
    // A line break or other control character: GitHub would store the asset under another name, and it is no name anyone meant.
    // eslint-disable-next-line no-control-regex
    const controls = [...byPath.values()].filter((n) => /[\x00-\x1f\x7f-\x9f]/.test(n));
    if (controls.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': the file name${controls.length === 1 ? '' : 's'} ${controls.map((n) => JSON.stringify(n)).join(', ')} ` +
            `${controls.length === 1 ? 'holds' : 'hold'} a control character (a line break, say). Rename the file, or exclude it with a ! line. Nothing was uploaded.`);
    }
    // A link in the checkout that leads out of it would upload what it points at (the runner's
    // environment, a credentials file): the release is public.
    const escaping = [...byPath.keys()].flatMap((path) => {
        const out = (0,within/* leadsOutOf */.t)(path, cwd);
        return out === undefined ? [] : [`${path} → ${out}`];
    });
    if (escaping.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': ${escaping.join(', ')}: ${escaping.length === 1 ? 'a link leads' : 'links lead'} out of the workspace, and the upload would publish ` +
            'what they point at. Give the files themselves, or exclude the links with ! lines. Nothing was uploaded.');
    }
    const reserved = [...byPath.values()].filter(isStandInName);
    if (reserved.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': ${reserved.join(', ')} ${reserved.length === 1 ? 'ends' : 'end'} with ${STAND_IN_SUFFIX}, which marks a replacement in progress on a release. ` +
            'Rename the file, or exclude it with a ! line.');
    }
    const byName = new Map();
    for (const [path, name] of byPath)
        byName.set(name, [...(byName.get(name) ?? []), path]);
    const clashes = [...byName.entries()].filter(([, paths]) => paths.length > 1);
    if (clashes.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': release assets are known by name, and several files share one: ` +
            clashes.map(([name, paths]) => `${name} (${paths.join(', ')})`).join('; ') +
            '. Narrow the globs so each name appears once.');
    }
    const assets = [];
    for (const [path, name] of byPath) {
        const { size } = await (0,promises_.stat)(path);
        assets.push({ path, name, size, sha256: await sha256File(path), contentType: contentTypeFor(name) });
    }
    return assets.sort((a, b) => a.name.localeCompare(b.name));
}
/** GitHub reports an asset's sha256 as "sha256:<hex>" (null for assets uploaded before it computed digests). */
function assetSha256(asset) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
    return m ? m[1].toLowerCase() : undefined;
}
/** True when the release's asset holds exactly the local bytes. */
function sameBytes(asset, local) {
    return asset.state === 'uploaded' && asset.size === local.size && assetSha256(asset) === local.sha256;
}
/**
 * What to do with each local asset. Identical bytes are skipped; an
 * incomplete upload left by an interrupted run is replaced; the same name
 * with other bytes (or bytes GitHub cannot vouch for, having no digest) is a
 * conflict unless `overwrite` is set. Conflicts are returned, not thrown, so
 * the caller can name them all at once.
 */
function planAssets(locals, existing, overwrite) {
    const plans = [];
    const conflicts = [];
    for (const local of locals) {
        const have = findAsset(existing, local.name);
        if (!have) {
            plans.push({ local, action: 'upload', reason: 'new' });
        }
        else if (have.state !== 'uploaded') {
            plans.push({ local, action: 'replace', existing: have, reason: `an incomplete upload (state ${have.state}) is replaced` });
        }
        else if (sameBytes(have, local)) {
            plans.push({ local, action: 'skip', existing: have, reason: 'identical (same sha256)' });
        }
        else {
            const theirs = assetSha256(have);
            const why = theirs
                ? `has sha256 ${theirs}, the local file ${local.sha256}`
                : `has no digest to compare (${have.size} bytes on the release, ${local.size} here)`;
            if (overwrite)
                plans.push({ local, action: 'replace', existing: have, reason: `replaced: the release's asset ${why}` });
            else
                conflicts.push(`${local.name} ${why}`);
        }
    }
    return { plans, conflicts };
}

;// CONCATENATED MODULE: ./lib/versions/pep440.js
/**
 * PEP 440 versions as `packaging.version.Version` has them: the same grammar
 * (its VERSION_PATTERN, surrounding whitespace allowed), the same normal form
 * (`str(Version(v))`) and the same order (`Version._key`). Every number is a
 * BigInt: packaging takes `1.0.post99999999999999999999` and so must we, and a
 * JavaScript number would round it. @renovatebot/pep440 keeps using JS numbers,
 * so it serves for specifiers and validity only, never for numbers or order.
 */

const PHASE_ORDER = { a: 0, b: 1, rc: 2 };
const PHASE_NAME = { a: 'alpha', b: 'beta', rc: 'rc' };
/** What Python's `\s` matches in a str pattern (str.isspace), which JavaScript's `\s` does not quite. */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
/** packaging.version.VERSION_PATTERN, matched case-insensitively between optional whitespace. */
const VERSION = new RegExp(`^${PY_SPACE}*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)`
    + '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?'
    + '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?'
    + '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)'
    + `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?${PY_SPACE}*$`, 'i');
const PRE_SPELLING = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
/** `Version(text)` taken apart, or undefined when packaging would raise InvalidVersion. */
function parsePep440(text) {
    const g = VERSION.exec(text)?.groups;
    if (!g)
        return undefined;
    const post = g.post_n1 ?? g.post_n2 ?? (g.post_l !== undefined ? '0' : undefined);
    return {
        epoch: BigInt(g.epoch ?? 0),
        release: g.release.split('.').map((n) => BigInt(n)),
        pre: g.pre_l !== undefined ? [PRE_SPELLING[g.pre_l.toLowerCase()], BigInt(g.pre_n ?? 0)] : null,
        post: post !== undefined ? BigInt(post) : null,
        dev: g.dev_l !== undefined ? BigInt(g.dev_n ?? 0) : null,
        local: g.local !== undefined
            ? g.local.toLowerCase().split(/[-_.]/).map((s) => (/^[0-9]+$/.test(s) ? BigInt(s).toString() : s)).join('.')
            : null,
    };
}
/** The normal form, `str(Version(v))`: the spelling PyPI and pip print. */
function formatPep440(p) {
    let s = p.epoch !== 0n ? `${p.epoch}!` : '';
    s += p.release.join('.');
    if (p.pre)
        s += `${p.pre[0]}${p.pre[1]}`;
    if (p.post !== null)
        s += `.post${p.post}`;
    if (p.dev !== null)
        s += `.dev${p.dev}`;
    if (p.local !== null)
        s += `+${p.local}`;
    return s;
}
/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizedPep440(version) {
    const p = parsePep440(version);
    return p ? formatPep440(p) : undefined;
}
/**
 * packaging.utils.canonicalize_version: the normal form with trailing ".0"
 * release segments dropped ("1.0.0" → "1"); how warehouse identifies a release.
 */
function canonicalPep440(p) {
    const release = [...p.release];
    while (release.length > 1 && release[release.length - 1] === 0n)
        release.pop();
    return formatPep440({ ...p, release });
}
const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).';
/** Parses as PEP 440 allows (surrounding spaces, a leading `v`, any case and separators), or throws a UserError. */
function parsePep440Parts(version, what = 'version') {
    if (version.trim() === '')
        throw new errors/* UserError */.y(`The ${what} is empty. ${SPEC_HINT}`);
    const p = parsePep440(version);
    if (!p)
        throw new errors/* UserError */.y(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
    return p;
}
function normalizePep440(version, what) {
    return formatPep440(parsePep440Parts(version, what));
}
const NEG = { inf: -1 };
const POS = { inf: 1 };
/** packaging's `_cmpkey`: the order of versions is the order of these keys. */
function sortKey(p) {
    const release = [...p.release];
    while (release.length > 0 && release[release.length - 1] === 0n)
        release.pop();
    // A dev release of a final sorts before its pre-releases; a final sorts after them.
    const pre = p.pre === null && p.post === null && p.dev !== null ? NEG : p.pre === null ? POS : [p.pre[0], p.pre[1]];
    const post = p.post === null ? NEG : p.post;
    const dev = p.dev === null ? POS : p.dev;
    // Local segments: numbers sort after strings, and compare as numbers.
    const local = p.local === null
        ? NEG
        : p.local.split('.').map((s) => (/^[0-9]+$/.test(s) ? [BigInt(s), ''] : [NEG, s]));
    return [p.epoch, release, pre, post, dev, local];
}
function compareKey(a, b) {
    const infA = typeof a === 'object' && !Array.isArray(a) ? a.inf : 0;
    const infB = typeof b === 'object' && !Array.isArray(b) ? b.inf : 0;
    if (infA !== 0 || infB !== 0)
        return Math.sign(infA - infB);
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            const c = compareKey(a[i], b[i]);
            if (c !== 0)
                return c;
        }
        return Math.sign(a.length - b.length);
    }
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    // Strings (phase letters, local labels) compare by code point, like Python's str.
    const sa = String(a);
    const sb = String(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b`, as `Version(a) < Version(b)`. */
function comparePep440(a, b) {
    return compareKey(sortKey(a), sortKey(b));
}
/** Compares two version strings; throws a UserError naming one that is not PEP 440. */
function comparePep440Versions(a, b) {
    return comparePep440(parsePep440Parts(a), parsePep440Parts(b));
}
/** PEP 440: a version with a pre-release or a development segment is a pre-release. */
function isPep440Prerelease(version) {
    const p = parsePep440Parts(version);
    return p.pre !== null || p.dev !== null;
}
function rejectLocal(p, version, doing) {
    if (p.local === null)
        return;
    const pub = formatPep440({ ...p, local: null });
    throw new UserError(`Cannot ${doing} ${version}: it has a local version label "+${p.local}", and PyPI refuses uploads whose version ` +
        `has a local label. Use a public version such as ${pub}.`);
}
/**
 * The next version after `current` for one bump. The conventions (all documented
 * in docs of the action and pinned by test/unit/versions/bump.test.ts):
 *
 * - `major`/`minor`/`patch` keep the epoch, drop pre/post/dev, zero the lower
 *   release segments and keep the number of segments (padding when the bumped
 *   segment is missing: `1.2`+patch → `1.2.1`). Like semver, when `current` is a
 *   pre-release (or dev release) of a version whose lower segments are already
 *   zero, the bump *finalizes* it instead of skipping it: `1.2.3rc1`+patch →
 *   `1.2.3`, `2.0.0b1`+major → `2.0.0`, but `1.2.3rc1`+minor → `1.3.0`.
 * - `alpha`/`beta`/`rc` from a final (or post) release bump the patch segment and
 *   start the phase at 0 (`0.8.0`+alpha → `0.8.1a0`); from a dev release of a
 *   final keep the release (`1.0.dev3`+alpha → `1.0a0`); from an earlier phase
 *   keep the release and start at 0 (`1.0a2`+beta → `1.0b0`); within the same
 *   phase increment (`1.0b0`+beta → `1.0b1`), except that a dev release of a
 *   pre-release becomes that pre-release (`1.0rc1.dev2`+rc → `1.0rc1`). Going to
 *   an earlier phase (rc → alpha) is an error: it would sort lower.
 * - `pre` advances the current phase like the phase's own bump; it is an error on
 *   a version without a pre-release phase.
 * - `dev`: `.devN` → `.devN+1`; on a pre-release the next pre-release's `.dev0`
 *   (`1.0rc1`+dev → `1.0rc2.dev0`); on a final release the next patch's `.dev0`.
 * - `post`: starts at `.post0` (PEP 440's implicit number, as hatch does), then
 *   increments; a dev release of a post release becomes that post release. Post
 *   releases of pre-releases are refused (PEP 440 strongly discourages them).
 * - `release` drops the pre-release/dev segments; an error on a final release.
 * - A local version (`1.0+abc`) is refused: PyPI refuses local versions.
 */
function bumpPep440(current, bump) {
    const p = parsePep440Parts(current, 'current version');
    rejectLocal(p, current, `bump`);
    const shown = formatPep440(p);
    const nextParts = bumpParts(p, bump, shown);
    const next = formatPep440(nextParts);
    if (comparePep440(nextParts, p) <= 0) {
        // Every rule above moves forward; this guards the rules, not user input.
        throw new Error(`bump ${bump} of ${shown} produced ${next}, which is not higher`);
    }
    return next;
}
/** A pre-release or dev release *of the release segment itself* (not `1.0.post1.dev0`). */
function isPreOfRelease(p) {
    return p.pre !== null || (p.dev !== null && p.post === null);
}
function finalOf(p, release = p.release) {
    return { epoch: p.epoch, release, pre: null, post: null, dev: null, local: null };
}
function bumpRelease(p, index) {
    const release = [...p.release];
    while (release.length <= index)
        release.push(0n);
    const lowerAreZero = release.slice(index + 1).every((n) => n === 0n);
    if (isPreOfRelease(p) && lowerAreZero)
        return finalOf(p);
    release[index] += 1n;
    for (let i = index + 1; i < release.length; i++)
        release[i] = 0n;
    return finalOf(p, release);
}
function bumpParts(p, bump, shown) {
    switch (bump) {
        case 'major':
            return bumpRelease(p, 0);
        case 'minor':
            return bumpRelease(p, 1);
        case 'patch':
            return bumpRelease(p, 2);
        case 'alpha':
            return enterPhase(p, 'a', shown);
        case 'beta':
            return enterPhase(p, 'b', shown);
        case 'rc':
            return enterPhase(p, 'rc', shown);
        case 'pre':
            if (p.pre === null) {
                throw new UserError(p.dev !== null && p.post === null
                    ? `Cannot bump pre: ${shown} is a development release with no alpha/beta/rc number to advance. ` +
                        `Use alpha, beta or rc to start a pre-release, dev for the next development release, or release.`
                    : `Cannot bump pre: ${shown} is a final release, so there is no pre-release number to advance. ` +
                        `Use alpha, beta or rc to start a pre-release of the next version.`);
            }
            return enterPhase(p, p.pre[0], shown);
        case 'dev':
            if (p.dev !== null)
                return { ...p, dev: p.dev + 1n };
            if (p.pre !== null)
                return { ...finalOf(p), pre: [p.pre[0], p.pre[1] + 1n], dev: 0n };
            return { ...bumpRelease(finalOf(p), 2), dev: 0n };
        case 'post':
            if (isPreOfRelease(p)) {
                throw new UserError(`Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
                    `pre-releases. Use pre/alpha/beta/rc to advance it, or release to finalize it.`);
            }
            if (p.post !== null && p.dev !== null)
                return { ...p, dev: null };
            return { ...p, post: p.post === null ? 0n : p.post + 1n, dev: null };
        case 'release':
            if (isPreOfRelease(p))
                return finalOf(p);
            if (p.dev !== null)
                return { ...p, dev: null };
            throw new UserError(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch to start the next one.`);
    }
}
function enterPhase(p, phase, shown) {
    if (p.pre !== null) {
        const [current, n] = p.pre;
        if (PHASE_ORDER[phase] < PHASE_ORDER[current]) {
            const lower = formatPep440({ ...finalOf(p), pre: [phase, 0n] });
            throw new UserError(`Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
                `before it. Use ${PHASE_NAME[current]} (or pre) to advance, release to finalize, or major/minor/patch.`);
        }
        if (phase !== current)
            return { ...finalOf(p), pre: [phase, 0n] };
        // 1.0rc1.dev2 precedes 1.0rc1, so the next step is 1.0rc1 itself.
        if (p.dev !== null && p.post === null)
            return { ...finalOf(p), pre: [phase, n] };
        return { ...finalOf(p), pre: [phase, n + 1n] };
    }
    // 1.0.dev3 precedes 1.0a0: the release segment has not been published yet.
    if (p.dev !== null && p.post === null)
        return { ...finalOf(p), pre: [phase, 0n] };
    // A final release was published: its pre-releases would sort lower, so move on.
    return { ...bumpRelease(finalOf(p), 2), pre: [phase, 0n] };
}

;// CONCATENATED MODULE: ./lib/commands/create-release/changelog.js
/**
 * The section of a changelog that belongs to one version: Markdown (Keep a
 * Changelog, release-please, towncrier's Markdown, setext headings as in
 * requests' HISTORY.md) and reStructuredText (CHANGES.rst, towncrier's
 * NEWS.rst). RST sections are turned into Markdown, since GitHub renders
 * release notes as Markdown.
 */

function changelogFormat(fileName, text) {
    if (/\.(rst|rest|txt)$/i.test(fileName)) {
        // .txt is ambiguous: call it Markdown when it has ATX headings.
        if (/\.txt$/i.test(fileName) && /^#{1,6}\s/m.test(text))
            return 'markdown';
        return 'rst';
    }
    return 'markdown';
}
function normalizeVersion(v) {
    return normalizedPep440(v);
}
/** "[2.10.0](https://…) - 2024-05-01" → "2.10.0 - 2024-05-01": links and emphasis reduced to their text. */
function plainHeading(text) {
    return text
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, '$1')
        .replace(/[*_`]/g, '');
}
function headingTokens(text) {
    return plainHeading(text)
        .split(/[\s,;()[\]|/]+/)
        .map((t) => t.replace(/:$/, ''))
        .filter((t) => t !== '');
}
/** The PEP 440 version a heading names, if any: "2.10.0", "v2.10.0", "Version 2.10.0", "ray 2.10.0 (date)", "pkg@2.10.0". */
function headingVersions(text) {
    const out = [];
    for (const token of headingTokens(text)) {
        for (const candidate of [token, token.replace(/^[vV](?=\d)/, ''), token.split('@').pop() ?? '']) {
            if (!/^\d+(\.\d+)+/.test(candidate))
                continue;
            const n = normalizeVersion(candidate);
            if (n)
                out.push(n);
        }
    }
    return out;
}
function sameVersion(a, b) {
    if (a === b)
        return true;
    const pa = parsePep440(a);
    const pb = parsePep440(b);
    return pa !== undefined && pb !== undefined && comparePep440(pa, pb) === 0;
}
/** A heading that opens a release: it starts with a version ("[2.0.1](…) (date)", "v2.0.1", "Version 2.0.1") or says Unreleased. */
function opensRelease(text) {
    const tokens = headingTokens(text);
    const first = /^(version|release)$/i.test(tokens[0] ?? '') ? tokens[1] : tokens[0];
    if (first === undefined)
        return false;
    return /^unreleased$/i.test(first) || headingVersions(first).length > 0;
}
// ---------------------------------------------------------------- Markdown
/**
 * A line longer than this is never a heading. No real heading comes near it, and the heading
 * patterns (an ATX heading's optional closing hashes, a title's links) cost time in proportion
 * to the square of a line's length: a changelog with a line of a megabyte of spaces must not
 * stall the step.
 */
const MAX_HEADING_LINE = 1000;
/** A line longer than this keeps its reStructuredText markup as it is, for the same reason. */
const MAX_MARKUP_LINE = 4000;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LINK_DEF = /^ {0,3}\[([^\]]+)\]:\s*\S+/;
/** Marks the lines inside fenced code blocks, where nothing is a heading. */
function fencedLines(lines) {
    const inside = new Array(lines.length).fill(false);
    let open;
    lines.forEach((line, i) => {
        const m = FENCE.exec(line);
        if (open) {
            inside[i] = true;
            if (m && m[1][0] === open[0] && m[1].length >= open.length)
                open = undefined;
        }
        else if (m) {
            open = m[1];
            inside[i] = true;
        }
    });
    return inside;
}
function markdownHeadings(lines, fenced) {
    const headings = [];
    for (let i = 0; i < lines.length; i++) {
        if (fenced[i] || lines[i].length > MAX_HEADING_LINE)
            continue;
        const atx = ATX.exec(lines[i]);
        if (atx) {
            headings.push({ start: i, end: i + 1, level: atx[1].length, text: (atx[2] ?? '').trim() });
            continue;
        }
        const next = lines[i + 1];
        const title = lines[i];
        if (next !== undefined &&
            !fenced[i + 1] &&
            SETEXT.exec(next) &&
            title.trim() !== '' &&
            !/^ {4}/.test(title) &&
            !/^\s*([-*+>]|\d+[.)])\s/.test(title) &&
            (i === 0 || lines[i - 1].trim() === '' || headings.at(-1)?.end === i)) {
            headings.push({ start: i, end: i + 2, level: next.trim().startsWith('=') ? 1 : 2, text: title.trim() });
            i++;
        }
    }
    return headings;
}
function markdownSection(text, version) {
    const lines = text.split(/\r?\n/);
    const fenced = fencedLines(lines);
    const headings = markdownHeadings(lines, fenced);
    const index = headings.findIndex((h) => headingVersions(h.text).some((v) => sameVersion(v, version)));
    if (index < 0)
        return undefined;
    const h = headings[index];
    // The section ends at a shallower heading or at the next heading that opens a
    // release, whatever its depth: release-please wrote "### [2.0.1]" under
    // "## [2.1.0]", and "### Bug Fixes" at the depth of "### [2.0.1]".
    const next = headings.slice(index + 1).find((o) => o.level < h.level || opensRelease(o.text));
    const bodyLines = lines.slice(h.end, next ? next.start : lines.length);
    // Reference-style links: the definitions usually sit at the end of the file
    // (Keep a Changelog's compare links). Drop them from the section, then append
    // those the section uses.
    const defs = new Map();
    lines.forEach((line, i) => {
        const m = fenced[i] ? null : LINK_DEF.exec(line);
        if (m)
            defs.set(m[1].toLowerCase(), line.trim());
    });
    const bodyFenced = fencedLines(bodyLines);
    const kept = bodyLines.filter((line, i) => bodyFenced[i] || !LINK_DEF.test(line));
    const body = trimBlankLines(kept).join('\n');
    const used = new Set();
    for (const m of body.matchAll(/\[([^\]]+)\](?!\()/g))
        used.add(m[1].toLowerCase());
    const needed = [...defs.entries()].filter(([label]) => used.has(label)).map(([, line]) => line);
    const full = needed.length > 0 ? `${body}\n\n${needed.join('\n')}` : body;
    return { heading: h.text, body: full, format: 'markdown' };
}
// ---------------------------------------------------------------- reStructuredText
const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
function isAdornment(line, minLength = 3) {
    return line !== undefined && ADORNMENT.test(line) && line.trim().length >= minLength;
}
function rstHeadings(lines) {
    const styles = [];
    const levelOf = (style) => {
        if (!styles.includes(style))
            styles.push(style);
        return styles.indexOf(style) + 1;
    };
    const headings = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.length > MAX_HEADING_LINE || (lines[i + 1]?.length ?? 0) > MAX_HEADING_LINE)
            continue;
        const prevBlank = i === 0 || lines[i - 1].trim() === '';
        // Overline, title, underline of the same character.
        if (prevBlank &&
            isAdornment(line) &&
            lines[i + 1] !== undefined &&
            lines[i + 1].trim() !== '' &&
            !isAdornment(lines[i + 1]) &&
            isAdornment(lines[i + 2]) &&
            lines[i + 2].trim()[0] === line.trim()[0]) {
            headings.push({ start: i, end: i + 3, level: levelOf(`o${line.trim()[0]}`), text: lines[i + 1].trim() });
            i += 2;
            continue;
        }
        // Title and underline: the title starts at the margin, the underline is at least as long (or 3+ for short titles).
        const under = lines[i + 1];
        if (prevBlank &&
            line.trim() !== '' &&
            !/^\s/.test(line) &&
            !isAdornment(line) &&
            !line.startsWith('..') &&
            isAdornment(under, Math.min(3, line.trim().length)) &&
            under.trim().length >= Math.min(line.trim().length, 3) &&
            (lines[i + 2] === undefined || lines[i + 2].trim() === '' || !isAdornment(lines[i + 2]))) {
            headings.push({ start: i, end: i + 2, level: levelOf(`u${under.trim()[0]}`), text: line.trim() });
            i += 1;
        }
    }
    return headings;
}
/** reStructuredText inline markup → Markdown, for what changelogs use. */
function rstInlineToMarkdown(text) {
    // Like headings (MAX_HEADING_LINE): the inline patterns cost time in the square of a line's length.
    if (text.length > MAX_MARKUP_LINE)
        return text;
    return (text
        // `text <https://…>`_ and anonymous __
        .replace(/`([^`<]+?)\s*<([^>]+)>`__?/g, '[$1]($2)')
        // Sphinx roles that name GitHub objects
        .replace(/:(?:issue|pr|pull|gh):`([^`]+)`/g, (_m, n) => n.split(/[\s,]+/).map((x) => `#${x.replace(/^#/, '')}`).join(', '))
        .replace(/:(?:user|ghuser|github):`([^`]+)`/g, '@$1')
        // Any other role: its text (the part before <target> when there is one)
        .replace(/:[\w:+-]+:`([^`]+)`/g, (_m, t) => `\`${t.replace(/\s*<[^>]*>$/, '').replace(/^[~!]/, '')}\``)
        // ``literal`` → `literal`
        .replace(/``([^`]+)``/g, '`$1`'));
}
function rstSection(text, version) {
    const lines = text.split(/\r?\n/);
    const headings = rstHeadings(lines);
    const index = headings.findIndex((h) => headingVersions(h.text).some((v) => sameVersion(v, version)));
    if (index < 0)
        return undefined;
    const h = headings[index];
    const nextIndex = headings.findIndex((o, j) => j > index && o.level <= h.level);
    const stop = nextIndex < 0 ? lines.length : headings[nextIndex].start;
    const inner = headings.filter((o, j) => j > index && (nextIndex < 0 || j < nextIndex));
    const out = [];
    let i = h.end;
    while (i < stop) {
        const sub = inner.find((o) => o.start === i);
        if (sub) {
            out.push(`${'#'.repeat(Math.min(6, 2 + sub.level - h.level))} ${rstInlineToMarkdown(sub.text)}`);
            i = sub.end;
            continue;
        }
        const line = lines[i];
        // Comments (".. towncrier release notes start") and directives without content are dropped.
        if (/^\.\.(\s|$)/.test(line) && !/^\.\. \w[\w-]*::/.test(line)) {
            i++;
            while (i < stop && (lines[i].trim() === '' || /^\s/.test(lines[i]))) {
                if (lines[i].trim() === '' && i + 1 < stop && !/^\s/.test(lines[i + 1]) && lines[i + 1].trim() !== '')
                    break;
                i++;
            }
            continue;
        }
        // A paragraph ending in "::" introduces an indented literal block: make it a fenced block.
        if (line.length <= MAX_MARKUP_LINE && line.trimEnd().endsWith('::') && !/^\.\. /.test(line)) {
            const text = line.trimEnd();
            if (text.slice(0, -2).trim() !== '')
                out.push(rstInlineToMarkdown(text.slice(0, -1)));
            // The block is indented relative to the paragraph's text (after a list marker, if any).
            const baseIndent = (/^\s*(?:(?:[-*+]|\d+[.)]|#\.)\s+)?/.exec(line)[0]).length;
            let j = i + 1;
            while (j < stop && lines[j].trim() === '')
                j++;
            const block = [];
            while (j < stop && (lines[j].trim() === '' || /^\s*/.exec(lines[j])[0].length > baseIndent))
                block.push(lines[j++]);
            while (block.length > 0 && block.at(-1).trim() === '')
                block.pop();
            if (block.length > 0) {
                // Folded, not spread: a file's block can be longer than a call's arguments may be.
                const indent = block.filter((l) => l.trim() !== '').reduce((m, l) => Math.min(m, /^\s*/.exec(l)[0].length), Infinity);
                out.push('', ' '.repeat(baseIndent) + '```');
                for (const l of block)
                    out.push(' '.repeat(baseIndent) + l.slice(indent));
                out.push(' '.repeat(baseIndent) + '```', '');
                i = j;
                continue;
            }
            i++;
            continue;
        }
        out.push(rstInlineToMarkdown(line));
        i++;
    }
    return { heading: h.text, body: trimBlankLines(out).join('\n').replace(/\n{3,}/g, '\n\n'), format: 'rst' };
}
function trimBlankLines(lines) {
    let a = 0;
    let b = lines.length;
    while (a < b && lines[a].trim() === '')
        a++;
    while (b > a && lines[b - 1].trim() === '')
        b--;
    return lines.slice(a, b).map((l) => l.trimEnd());
}
/**
 * The section for `version` (compared as PEP 440, so "v2.10.0", "2.10.0" and
 * "2.10" name the same release), or undefined when the changelog has none.
 */
function extractChangelogSection(text, version, format) {
    const wanted = normalizeVersion(version) ?? version;
    return format === 'rst' ? rstSection(text, wanted) : markdownSection(text, wanted);
}
/** The versions the changelog has sections for, in file order: for error messages. */
function changelogVersions(text, format) {
    const lines = text.split(/\r?\n/);
    const headings = format === 'rst' ? rstHeadings(lines) : markdownHeadings(lines, fencedLines(lines));
    return [...new Set(headings.flatMap((h) => headingVersions(h.text)))];
}

;// CONCATENATED MODULE: ./lib/commands/create-release/notes.js
/**
 * Release notes from several sources, combined in one fixed order and cut to
 * the size GitHub accepts.
 */
/** The sources, in the order their text appears in the release body. */
const NOTES_ORDER = ['notes', 'notes-file', 'changelog', 'generate-notes'];
/** GitHub refuses a release body longer than this many characters. */
const GITHUB_BODY_LIMIT = 125_000;
/**
 * Every given source, trimmed, in NOTES_ORDER, separated by a blank line;
 * empty sources are left out. The result fits in `limit` characters: a longer
 * body is cut at a line boundary and ends with a note saying so.
 */
function combineNotes(parts, limit = GITHUB_BODY_LIMIT) {
    const used = parts
        .map((p) => ({ ...p, text: p.text.replace(/\r\n/g, '\n').trim() }))
        .filter((p) => p.text !== '')
        .sort((a, b) => NOTES_ORDER.indexOf(a.source) - NOTES_ORDER.indexOf(b.source));
    const full = used.map((p) => p.text).join('\n\n');
    const { text, cut } = fitBody(full, limit);
    return { body: text, parts: used, cut };
}
function truncationNote(cut, limit) {
    return `\n\n---\n*These release notes were cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters; ${cut.toLocaleString('en-US')} characters were left out.*`;
}
/** Cuts `body` to at most `limit` characters, at a line boundary when one is near, never inside a surrogate pair. */
function fitBody(body, limit = GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return { text: body, cut: 0 };
    // The note's own length depends on the number it reports: size it for the worst
    // case, and keep room for closing a code fence.
    const room = limit - truncationNote(body.length, limit).length - 4;
    let end = Math.max(0, room);
    const newline = body.lastIndexOf('\n', end);
    if (newline > 0 && end - newline < 2000)
        end = newline;
    const code = body.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    // trimEnd, not /\s+$/: the regex retries at every space of a long run, which takes minutes on a long one.
    let kept = body.slice(0, end).trimEnd();
    // An unclosed code fence would swallow the note: close it.
    if ((kept.match(/^ {0,3}```/gm) ?? []).length % 2 === 1)
        kept += '\n```';
    const cut = body.length - kept.length;
    return { text: kept + truncationNote(cut, limit), cut };
}

;// CONCATENATED MODULE: ./lib/commands/create-release/upload-asset.js
/**
 * One release asset uploaded, with retries: each attempt streams the file
 * afresh, and an attempt after a failure first looks at what the failed one
 * left on the release (the asset may have landed after all, or be half there).
 */





const DEFAULT_UPLOAD_RETRY = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };
/** Retry an upload after passing trouble: dropped connections, 408/429/5xx, a name that appeared mid-way. */
function uploadRetryDecision(err) {
    if (err instanceof errors/* UserError */.y)
        return { retry: false };
    if (err instanceof errors_TransientError || isTransientNetworkError(err))
        return { retry: true };
    const status = httpStatus(err);
    if (status !== undefined) {
        const headers = err.response?.headers;
        return isRetryableStatus(status) ? { retry: true, delayMs: parseRetryAfter(headers?.['retry-after']) } : { retry: false };
    }
    return { retry: false };
}
/** Uploads `local` under `local.name`; returns the asset as GitHub reports it. */
async function uploadWithRetry(gh, repo, release, local, options, log, tuning) {
    const { overwrite, kept } = options;
    const opts = { ...DEFAULT_UPLOAD_RETRY, ...tuning.uploadRetry, what: `upload ${local.name}` };
    if (tuning.sleep && !opts.sleep)
        opts.sleep = tuning.sleep;
    const conflict = (have) => new errors/* UserError */.y(`Another upload put a different ${local.name} on release ${release.id} while this step ran (sha256 ${assetSha256(have) ?? 'unknown'}, ` +
        `local ${local.sha256}). Set overwrite-assets: true to replace it.`);
    try {
        return await withRetry(async (attempt) => {
            if (attempt > 1) {
                // The failed attempt may have landed after all, or left an incomplete asset behind.
                const have = findAsset(await listAssets(gh, repo, release.id), local.name);
                if (have && sameBytes(have, local))
                    return have;
                if (have && have.state === 'uploaded' && !overwrite)
                    throw conflict(have);
                if (have) {
                    log.info(`${local.name}: removing what the failed attempt left (state ${have.state}, ${have.size} bytes)`);
                    await deleteAsset(gh, repo, have.id);
                }
            }
            try {
                const asset = await uploadAssetOnce(gh, release, local);
                log.info(`${local.name}: uploaded (${local.size} bytes, sha256 ${local.sha256})`);
                if (asset.name !== local.name)
                    log.warning(`GitHub stored ${local.name} under the name ${asset.name}.`);
                return asset;
            }
            catch (err) {
                if (!isAlreadyExists(err))
                    throw err;
                // Another run uploaded this name meanwhile.
                const have = findAsset(await listAssets(gh, repo, release.id), local.name);
                if (have && sameBytes(have, local)) {
                    log.info(`${local.name}: another run uploaded the same bytes meanwhile, skipped`);
                    return have;
                }
                if (have && have.state === 'uploaded' && !overwrite)
                    throw conflict(have);
                throw new errors_TransientError(`an asset named ${local.name} appeared on the release during the upload`, { cause: err });
            }
        }, uploadRetryDecision, opts, log);
    }
    catch (err) {
        if (err instanceof errors_TransientError)
            throw new errors/* UserError */.y(`Could not upload ${local.name}: ${err.message}. Run the step again; ${kept}.`);
        if (isTransientNetworkError(err) && httpStatus(err) === undefined) {
            throw new errors/* UserError */.y(`Could not upload ${local.name}: the connection failed ${opts.maxAttempts} times (${err.message}). Run the step again; ${kept}.`);
        }
        const failure = gitHubFailure(err, `upload ${local.name} to release ${release.id}`);
        if (failure instanceof errors/* UserError */.y && failure !== err)
            throw new errors/* UserError */.y(`${failure.message} ${kept[0].toUpperCase()}${kept.slice(1)}.`);
        throw failure;
    }
}

;// CONCATENATED MODULE: ./lib/commands/create-release/put-asset.js






function outcome(local, action, asset) {
    return { name: local.name, size: local.size, sha256: local.sha256, action, url: asset?.browser_download_url };
}
function stateOf(asset) {
    return `state ${asset.state}, ${asset.size} bytes`;
}
async function putAsset(ctx, plan) {
    const { gh, repo, release, log } = ctx;
    const { local } = plan;
    const standIn = ctx.assets.find((a) => a.name === standInName(local.name));
    if (plan.action === 'replace' && plan.existing) {
        log.info(`${local.name}: ${plan.reason}`);
        return outcome(local, 'replaced', await replace(ctx, plan.existing, local, standIn));
    }
    if (plan.action === 'upload' && standIn && sameBytes(standIn, local)) {
        // An earlier run deleted the old asset and stopped before renaming its replacement.
        log.info(`${local.name}: finishing the replacement an interrupted run left as ${standIn.name} (same sha256)`);
        return outcome(local, 'replaced', await renameIntoPlace(ctx, standIn, local));
    }
    // Nothing else needs a stand-in: it would only stay on the release.
    if (standIn)
        await discardStandIn(ctx, standIn, local);
    if (plan.action === 'skip') {
        log.info(`${local.name}: already on the release with the same sha256, skipped`);
        return outcome(local, 'skipped', plan.existing);
    }
    const kept = release.draft ? 'the draft is kept' : 'the assets already on the release are kept';
    return outcome(local, 'uploaded', await uploadWithRetry(gh, repo, release, local, { overwrite: ctx.overwrite, kept }, log, ctx.tuning));
}
async function discardStandIn(ctx, standIn, local) {
    ctx.log.info(`${local.name}: deleting ${standIn.name}, left by an interrupted replacement (${stateOf(standIn)})`);
    await onGitHub(`delete the asset ${standIn.name}`, () => deleteAsset(ctx.gh, ctx.repo, standIn.id));
}
/** New bytes under the stand-in name, then the old asset deleted, then the stand-in renamed. */
async function replace(ctx, old, local, leftover) {
    const { gh, repo, release, log } = ctx;
    const name = standInName(local.name);
    let standIn;
    if (leftover && sameBytes(leftover, local)) {
        log.info(`${local.name}: using ${name}, which an interrupted run already uploaded with the same sha256`);
        standIn = leftover;
    }
    else {
        if (leftover)
            await discardStandIn(ctx, leftover, local);
        // The stand-in name is this suite's own: whatever holds it may be replaced.
        standIn = await uploadWithRetry(gh, repo, release, { ...local, name }, { overwrite: true, kept: `the release still has the old ${local.name}` }, log, ctx.tuning);
    }
    try {
        await deleteAsset(gh, repo, old.id);
    }
    catch (err) {
        throw failedStep(err, `delete the old ${local.name} (asset ${old.id})`, `The release still has the old ${local.name}; the new bytes wait as ${name}.`);
    }
    return renameIntoPlace(ctx, standIn, local);
}
async function renameIntoPlace(ctx, standIn, local) {
    const { gh, repo, release, log } = ctx;
    try {
        const { data } = await gh.rest.repos.updateReleaseAsset({ ...repo, asset_id: standIn.id, name: local.name });
        log.info(`${local.name}: replaced (${local.size} bytes, sha256 ${local.sha256})`);
        if (data.name !== local.name)
            log.warning(`GitHub stored ${local.name} under the name ${data.name}.`);
        return data;
    }
    catch (err) {
        if (isAlreadyExists(err)) {
            // Another run put the name on the release between the delete and the rename.
            const have = findAsset(await onGitHub(`list the assets of release ${release.id}`, () => listAssets(gh, repo, release.id)), local.name);
            if (have && sameBytes(have, local)) {
                log.info(`${local.name}: another run put the same bytes in place meanwhile; deleting ${standIn.name}`);
                await onGitHub(`delete the asset ${standIn.name}`, () => deleteAsset(gh, repo, standIn.id));
                return have;
            }
            throw new errors/* UserError */.y(`Another upload put a different ${local.name} on release ${release.id} while it was being replaced; the new bytes wait as ${standIn.name}. ` +
                'Run the step again (with overwrite-assets: true) to finish the replacement.');
        }
        throw failedStep(err, `rename ${standIn.name} to ${local.name} on release ${release.id}`, `The new bytes are on the release as ${standIn.name}.`);
    }
}
/** GitHub's refusal, with where the replacement stands and that a rerun finishes it. */
function failedStep(err, doing, state) {
    const failure = gitHubFailure(err, doing);
    if (!(failure instanceof errors/* UserError */.y) || failure === err)
        return failure;
    return new errors/* UserError */.y(`${failure.message} ${state} Run the step again to finish the replacement.`);
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./lib/commands/create-release/version-tags.js
/**
 * Version tags in PEP 440 order: which tag the generated notes start from,
 * whether a release is a pre-release, whether it should become "latest".
 * Tags are compared as versions, never by date: a backport tagged last
 * (v2.8.1 after v2.10.0) is not the previous release of v2.11.0.
 */


function isValidPep440(v) {
    return pep440.explain(v) !== null;
}
/** PEP 440: a version with a pre-release or development segment is a pre-release. */
function isPrerelease(version) {
    const e = pep440.explain(version);
    return !!e && (e.is_prerelease || e.is_devrelease);
}
/**
 * The scheme of `tag`: around `version` when the tag contains it literally
 * ("v{version}", "release-{version}"), otherwise the text before the first
 * digit from which the rest is a PEP 440 version. Undefined when the tag names
 * no version.
 */
function tagScheme(tag, version) {
    if (version) {
        const at = tag.lastIndexOf(version);
        if (at >= 0)
            return { prefix: tag.slice(0, at), suffix: tag.slice(at + version.length) };
    }
    for (let i = 0; i < tag.length; i++) {
        if (!/\d/.test(tag[i]) || (i > 0 && /\d/.test(tag[i - 1])))
            continue;
        const rest = tag.slice(i);
        if (isValidPep440(rest))
            return { prefix: tag.slice(0, i), suffix: '' };
    }
    return undefined;
}
/** The version a tag names under `scheme`, if it follows it. */
function tagVersion(tag, scheme) {
    if (!tag.startsWith(scheme.prefix) || !tag.endsWith(scheme.suffix))
        return undefined;
    const version = tag.slice(scheme.prefix.length, tag.length - scheme.suffix.length);
    // The version must start right after the prefix: "v" + "v2.0" is not the scheme "v{version}".
    if (!/^\d/.test(version) || !isValidPep440(version))
        return undefined;
    return { tag, version, prerelease: isPrerelease(version) };
}
/** The version of the release being made: the `version` input, else the one in its tag. */
function releaseVersion(tag, version) {
    if (version)
        return version;
    const scheme = tagScheme(tag);
    return scheme ? tagVersion(tag, scheme)?.version : undefined;
}
function versionTags(tags, scheme) {
    return tags.map((t) => tagVersion(t, scheme)).filter((t) => t !== undefined);
}
/**
 * The tag the generated notes start from: the highest version below
 * `version` among the tags of the same scheme. For a final release only final
 * releases count (the notes of 2.10.0 cover everything since 2.9.0, not since
 * 2.10.0rc1); for a pre-release any earlier version does.
 */
function previousVersionTag(tags, tag, version) {
    const scheme = tagScheme(tag, version);
    if (!scheme)
        return undefined;
    const final = !isPrerelease(version);
    let best;
    for (const t of versionTags(tags, scheme)) {
        if (t.tag === tag || comparePep440Versions(t.version, version) >= 0)
            continue;
        if (final && t.prerelease)
            continue;
        if (!best || comparePep440Versions(t.version, best.version) > 0)
            best = t;
    }
    return best;
}
/** The highest final version tag above `version`, if any: a release below it must not become "latest". */
function higherFinalTag(tags, tag, version) {
    const scheme = tagScheme(tag, version);
    if (!scheme)
        return undefined;
    let best;
    for (const t of versionTags(tags, scheme)) {
        if (t.prerelease || comparePep440Versions(t.version, version) <= 0)
            continue;
        if (!best || comparePep440Versions(t.version, best.version) > 0)
            best = t;
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/commands/create-release/create-release.js
/**
 * create-release: the one GitHub release of a tag, at an exact commit.
 *
 * Order of work, so that a refusal never leaves anything half-made:
 *   1. read and check everything (local files, commit, tag, existing release,
 *      previous tag, required checks, generated notes, asset conflicts);
 *   2. create the draft (or reuse the one there is), converging with any run
 *      that raced us to the same tag;
 *   3. upload the assets that are missing, with retries (a replaced asset
 *      stays on the release until its replacement is complete: put-asset.ts);
 *   4. publish, when asked, once every expected asset is on the release and
 *      the tag (if it already exists) still points at the commit.
 * A tag is never created or moved directly: GitHub creates it at the commit
 * when the draft is published.
 */















function conflictError(tag, conflicts) {
    return new errors/* UserError */.y(`The release ${tag} already has assets of the same name with other bytes: ${conflicts.join('; ')}. ` +
        'Set overwrite-assets: true to replace them (not possible once an immutable release is published), ' +
        'or check why the files differ. Nothing was uploaded.');
}
async function createRelease(gh, req, log, tuning = {}) {
    const { repo, commitSha: sha, tag } = req;
    const where = repoName(repo);
    const version = releaseVersion(tag, req.version);
    const prerelease = req.prerelease === 'auto' ? (version ? isPrerelease(version) : false) : req.prerelease === 'true';
    const wantPublish = req.publish || !req.draft;
    // ---------------------------------------------------------------- 1. check everything
    const parts = [];
    if (req.notes)
        parts.push({ source: 'notes', origin: 'the notes input', text: req.notes });
    if (req.notesFile)
        parts.push({ source: 'notes-file', origin: (0,external_node_path_.basename)(req.notesFile), text: await (0,promises_.readFile)(req.notesFile, 'utf8') });
    if (req.changelog) {
        if (!version) {
            throw new errors/* UserError */.y(`Input 'changelog' needs to know the version: give version, or a tag that contains it (the tag ${tag} does not).`);
        }
        const text = await (0,promises_.readFile)(req.changelog, 'utf8');
        const format = changelogFormat(req.changelog, text);
        const section = extractChangelogSection(text, version, format);
        if (!section) {
            const found = changelogVersions(text, format);
            throw new errors/* UserError */.y(`Input 'changelog': ${(0,external_node_path_.basename)(req.changelog)} has no section for version ${version}` +
                (found.length > 0 ? ` (it has sections for ${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''})` : ' (no version headings were found)') +
                `. Add a heading such as "## [${version}] - YYYY-MM-DD" (Markdown) or "${version}" underlined with "=" (reStructuredText). Nothing was changed.`);
        }
        if (section.body.trim() === '')
            log.warning(`The section for ${version} in ${(0,external_node_path_.basename)(req.changelog)} is empty.`);
        parts.push({ source: 'changelog', origin: `${(0,external_node_path_.basename)(req.changelog)} § ${section.heading}`, text: section.body });
    }
    // The notes are published. Text holding a secret of this run (a pasted token, a file that is the
    // runner's environment) is refused, not scrubbed: the notes would not be what was written.
    for (const part of parts) {
        if ((0,secrets/* holdsSecret */.hK)(part.text)) {
            throw new errors/* UserError */.y(`${part.origin === 'the notes input' ? 'The notes input' : part.origin} holds a secret of this run (a token or password the step was given), which the release notes would publish. Remove it. Nothing was changed.`);
        }
    }
    const locals = await resolveAssets(req.assets, req.assetsDir);
    if (prerelease && req.makeLatest === 'true') {
        throw new errors/* UserError */.y(`Input 'make-latest' is true, but ${tag} is a pre-release, and GitHub never marks a pre-release as latest. Use make-latest: auto or false, or prerelease: false.`);
    }
    if (!(await onGitHub(`look up commit ${sha} in ${where}`, () => commitExists(gh, repo, sha)))) {
        throw new errors/* UserError */.y(`Commit ${sha} does not exist in ${where}. Give the full SHA of a commit pushed to this repository (commit-sha). Nothing was changed.`);
    }
    const tagAt = await onGitHub(`look up the tag ${tag} in ${where}`, () => tagCommit(gh, repo, tag));
    if (tagAt !== undefined && tagAt !== sha) {
        throw new errors/* UserError */.y(`The tag ${tag} already points at commit ${tagAt}, not at ${sha}. A tag is never moved: release a new version, ` +
            `or, if the tag was made by mistake and nothing was published from it, delete it yourself and run again. Nothing was changed.`);
    }
    const listed = await onGitHub(`list the releases of ${where}`, () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages));
    const existing = canonicalRelease(listed);
    const found = existing ? await removeOurExtraDrafts(gh, repo, listed, existing, req, log) : listed;
    if (found.length > 1) {
        log.warning(`${found.length} releases exist for ${tag} (ids ${found.map((r) => r.id).join(', ')}); using ${existing.id} and leaving the others alone (this suite did not create them for this commit).`);
    }
    if (existing)
        log.info(`Found the ${existing.draft ? 'draft' : 'published'} release ${existing.id} for ${tag}: it is updated, not duplicated.`);
    let tagNames;
    const allTags = async () => (tagNames ??= await listTagNames(gh, repo));
    let previousTag;
    if (req.previousTag) {
        const prevAt = await onGitHub(`look up the tag ${req.previousTag}`, () => tagCommit(gh, repo, req.previousTag));
        if (prevAt === undefined) {
            throw new errors/* UserError */.y(`Input 'previous-tag': the tag ${req.previousTag} does not exist in ${where}. Give an existing tag, or leave it empty to use the highest earlier version tag.`);
        }
        previousTag = req.previousTag;
        if (!req.generateNotes)
            log.warning(`previous-tag is only used with generate-notes: true; it is ignored.`);
    }
    else if (req.generateNotes && version) {
        previousTag = previousVersionTag(await allTags(), tag, version)?.tag;
        log.info(previousTag
            ? `Generated notes start at ${previousTag}, the highest earlier ${isPrerelease(version) ? 'version' : 'final release'} in PEP 440 order.`
            : `No earlier version tag was found; GitHub chooses where the generated notes start.`);
    }
    let makeLatest;
    if (wantPublish && (!existing || existing.draft)) {
        if (req.makeLatest !== 'auto')
            makeLatest = req.makeLatest;
        else if (prerelease)
            makeLatest = 'false';
        else if (version) {
            const higher = higherFinalTag(await allTags(), tag, version);
            makeLatest = higher ? 'false' : 'true';
            if (higher)
                log.info(`${tag} is not marked latest: ${higher.tag} is a higher version.`);
        }
        else
            makeLatest = 'legacy';
    }
    const checks = await requireChecks(gh, repo, sha, req.requireChecks, log, {
        timeoutSeconds: req.checksTimeoutSeconds,
        pollSeconds: tuning.checksPollSeconds,
        sleep: tuning.sleep,
    });
    if (req.generateNotes) {
        const { data } = await onGitHub(`generate release notes for ${tag}`, () => gh.rest.repos.generateReleaseNotes({ ...repo, tag_name: tag, target_commitish: sha, ...(previousTag ? { previous_tag_name: previousTag } : {}) }));
        parts.push({ source: 'generate-notes', origin: previousTag ? `changes since ${previousTag}` : 'changes since the previous release GitHub chose', text: data.body });
    }
    const combined = parts.length > 0 ? combineNotes(parts) : undefined;
    if (combined && combined.cut > 0) {
        log.warning(`The release notes were cut by ${combined.cut} characters to fit GitHub's limit of ${GITHUB_BODY_LIMIT} characters.`);
    }
    if (existing) {
        const have = await onGitHub(`list the assets of release ${existing.id}`, () => listAssets(gh, repo, existing.id));
        const { plans, conflicts } = planAssets(locals, have, req.overwriteAssets);
        if (conflicts.length > 0)
            throw conflictError(tag, conflicts);
        const changing = plans.filter((p) => p.action !== 'skip');
        if (!existing.draft && existing.immutable && changing.length > 0) {
            throw new errors/* UserError */.y(`The release ${tag} is published and immutable, so its assets can no longer change (${changing.map((p) => p.local.name).join(', ')}). ` +
                'Release a new version instead. Nothing was changed.');
        }
    }
    // ---------------------------------------------------------------- 2. the draft
    const name = req.name ?? (existing?.name || tag);
    let release;
    let created = false;
    if (existing) {
        release = existing;
    }
    else {
        ({ release, created } = await createConverged(gh, req, { name, prerelease }, log, tuning));
    }
    const fields = {};
    if (release.name !== name)
        fields.name = name;
    if (combined && (release.body ?? '') !== combined.body)
        fields.body = combined.body;
    // The draft's marker (see createConverged) goes once the draft is in use, notes or not.
    else if (!combined && (release.body ?? '').includes(draftMarker(tag, sha)))
        fields.body = (release.body ?? '').replace(draftMarker(tag, sha), '').trim();
    if (release.prerelease !== prerelease)
        fields.prerelease = prerelease;
    // A draft has no tag yet: its commit can still be set. A published release's tag is fixed.
    if (release.draft && release.target_commitish !== sha) {
        fields.target_commitish = sha;
        if (!created && existing)
            log.warning(`The draft ${release.id} pointed at ${release.target_commitish}; it now points at ${sha}.`);
    }
    const notesChanged = created || fields.body !== undefined;
    if (Object.keys(fields).length > 0) {
        log.info(`Updating release ${release.id}: ${Object.keys(fields).join(', ')}`);
        const id = release.id;
        release = await onGitHub(`update release ${id}`, () => updateRelease(gh, repo, id, fields));
    }
    // ---------------------------------------------------------------- 3. assets
    const releaseId = release.id;
    const before = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
    // Planned again: a run racing us may have uploaded since the check above.
    const { plans, conflicts } = planAssets(locals, before, req.overwriteAssets);
    if (conflicts.length > 0)
        throw conflictError(tag, conflicts);
    const outcomes = [];
    const putting = { gh, repo, release, assets: before, overwrite: req.overwriteAssets, log, tuning };
    for (const plan of plans)
        outcomes.push(await putAsset(putting, plan));
    const after = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
    // Stand-ins of this run's assets were used or deleted above; others belong to assets this run does not upload.
    const ours = new Set(locals.map((l) => standInName(l.name)));
    const strays = after.filter((a) => isStandInName(a.name) && !ours.has(a.name));
    if (strays.length > 0) {
        log.warning(`Release ${releaseId} holds ${strays.map((a) => a.name).join(', ')}, left by an interrupted replacement of an asset this run does not upload. ` +
            'Delete them on GitHub, or run again with that asset among the assets to finish its replacement.');
    }
    const absent = locals.filter((l) => {
        const a = findAsset(after, l.name);
        // An asset without a digest (older GitHub Enterprise) is judged by its size.
        return !a || a.state !== 'uploaded' || a.size !== l.size || (assetSha256(a) !== undefined && assetSha256(a) !== l.sha256);
    });
    if (absent.length > 0) {
        throw new errors/* UserError */.y(`These assets are not complete on release ${release.id} after uploading: ${absent.map((l) => l.name).join(', ')}. ` +
            `The release ${release.draft ? 'stays a draft' : 'was not changed further'}; run the step again to finish.`);
    }
    // ---------------------------------------------------------------- 4. publish
    let publishedNow = false;
    const current = await onGitHub(`read release ${releaseId}`, () => getRelease(gh, repo, releaseId));
    if (wantPublish && current.draft) {
        const tagNow = await onGitHub(`look up the tag ${tag}`, () => tagCommit(gh, repo, tag));
        if (tagNow !== undefined && tagNow !== sha) {
            throw new errors/* UserError */.y(`The tag ${tag} was created at commit ${tagNow} while this step ran, not at ${sha}. The release stays a draft and the tag is not moved; ` +
                'find out who created the tag before publishing.');
        }
        log.info(`Publishing ${tag} at ${sha}${makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
        try {
            await updateRelease(gh, repo, releaseId, { draft: false, ...(makeLatest ? { make_latest: makeLatest } : {}) });
        }
        catch (err) {
            if (httpStatus(err) === 422) {
                throw new errors/* UserError */.y(`GitHub refused to publish ${tag}: ${describeGitHubError(err)}. A repository rule may forbid creating this tag, ` +
                    `or the token may not be allowed to create tags (a workflow token cannot create a tag on a commit that changes workflows). The draft ${releaseId} is kept; fix the cause and run again.`);
            }
            throw gitHubFailure(err, `publish release ${releaseId}`);
        }
        publishedNow = true;
        const tagAfter = await onGitHub(`look up the tag ${tag}`, () => tagCommit(gh, repo, tag));
        if (tagAfter !== sha) {
            throw new errors/* UserError */.y(`The release ${tag} was published, but its tag points at ${tagAfter ?? 'nothing'} instead of ${sha}. Check the release on GitHub.`);
        }
    }
    else if (wantPublish) {
        log.info(`${tag} is already published.`);
    }
    else if (!current.draft) {
        log.info(`${tag} is already published; draft: true does not unpublish it.`);
    }
    else {
        log.info(`${tag} stays a draft (publish: true publishes it).`);
    }
    const finalRelease = await onGitHub(`read release ${releaseId}`, () => getRelease(gh, repo, releaseId));
    const releaseAssets = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
    return {
        release: finalRelease,
        created,
        publishedNow,
        prerelease,
        makeLatest: publishedNow ? makeLatest : undefined,
        notes: { parts: (combined?.parts ?? []).map(({ source, origin }) => ({ source, origin })), cut: combined?.cut ?? 0, changed: notesChanged },
        previousTag,
        assets: outcomes,
        releaseAssets,
        checks,
    };
}
/**
 * What a draft this suite creates holds until its notes are written (the
 * update right after): how this run, after an answer that was lost, and any
 * later run know the draft as their own, for this tag at this commit. A draft
 * without it (a person's, an older version's) is never deleted.
 */
function draftMarker(tag, sha) {
    return `<!-- python-release-actions create-release: draft of ${tag} at ${sha} -->`;
}
function isOurDraft(r, tag, sha) {
    return r.draft && r.tag_name === tag && r.target_commitish === sha && (r.body ?? '').includes(draftMarker(tag, sha));
}
/** Attempts at creating the draft, each after looking whether the one before took effect. */
const CREATE_ATTEMPTS = 3;
const CREATE_RETRY_MS = [1000, 3000];
const sleepMs = (ms) => new Promise((r) => setTimeout(r, ms));
/** A failure after which GitHub may have stored the release all the same: the answer (or the connection) was lost. */
function mayHaveTakenEffect(err) {
    const status = httpStatus(err);
    return status !== undefined && (status >= 500 || status === 408 || status === 429);
}
/**
 * Deletes every draft of the tag, but `keep`, that this suite created for this
 * commit (marked, see draftMarker) and never used: what an earlier run left
 * after a create whose answer was lost, or a run that raced this one. Never a
 * published release, never an unmarked draft. Returns the releases left.
 */
async function removeOurExtraDrafts(gh, repo, all, keep, req, log) {
    const extra = all.filter((r) => r.id !== keep.id && isOurDraft(r, req.tag, req.commitSha));
    for (const r of extra) {
        log.info(`${req.tag}: removing the duplicate draft ${r.id} and using ${keep.id} (this action created it for ${req.commitSha}; a tag has one release).`);
        await onGitHub(`delete the extra draft ${r.id}`, () => deleteRelease(gh, repo, r.id));
    }
    return all.filter((r) => !extra.includes(r));
}
/**
 * Creates the draft, then makes sure the tag ends with one release even when
 * other runs did the same at the same moment: GitHub has no lock, so every run
 * re-lists the tag's releases after creating its own and keeps the canonical
 * one (published first, then the lowest id), deleting every other draft this
 * action created for the commit.
 *
 * A create is never repeated blindly: when its answer is lost (5xx, a dropped
 * connection) GitHub may have stored the draft, so the releases of the tag are
 * listed first and a draft marked as this action's is used instead.
 */
async function createConverged(gh, req, fields, log, tuning) {
    const { repo, tag, commitSha: sha } = req;
    const list = () => onGitHub('list releases', () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages));
    let mine;
    for (let attempt = 1; !mine; attempt++) {
        try {
            // The notes come with the update that follows, which also removes the marker.
            mine = await createDraftRelease(gh, repo, { tag_name: tag, target_commitish: sha, name: fields.name, prerelease: fields.prerelease, body: draftMarker(tag, sha) });
            log.info(`Created the draft release ${mine.id} for ${tag}`);
        }
        catch (err) {
            // A racing run may have published first: GitHub then refuses a second release for the tag.
            if (isAlreadyExists(err)) {
                const found = await list();
                const winner = canonicalRelease(found);
                if (winner) {
                    log.info(`Another run created release ${winner.id} for ${tag} first; using it.`);
                    // An earlier attempt of this run may have stored a draft all the same.
                    await removeOurExtraDrafts(gh, repo, found, winner, req, log);
                    return { release: winner, created: false };
                }
            }
            if (!mayHaveTakenEffect(err) || attempt >= CREATE_ATTEMPTS)
                throw gitHubFailure(err, `create the draft release ${tag}`);
            log.warning(`Creating the draft release ${tag} failed (${describeGitHubError(err)}); GitHub may have stored it anyway, so its releases are looked at before trying again.`);
            await (tuning.sleep ?? sleepMs)(CREATE_RETRY_MS[attempt - 1] ?? CREATE_RETRY_MS.at(-1));
            const found = await list();
            const published = found.find((r) => !r.draft);
            if (published) {
                log.info(`Release ${published.id} for ${tag} is published meanwhile; using it.`);
                await removeOurExtraDrafts(gh, repo, found, published, req, log);
                return { release: published, created: false };
            }
            mine = found.find((r) => isOurDraft(r, tag, sha));
            if (mine)
                log.info(`GitHub stored the draft release ${mine.id} for ${tag} after all; using it, not creating another.`);
        }
    }
    const all = await list();
    if (!all.some((r) => r.id === mine.id))
        all.push(mine);
    const winner = canonicalRelease(all);
    if (winner.id !== mine.id)
        log.info(`Another run created release ${winner.id} for ${tag} at the same time; using it.`);
    await removeOurExtraDrafts(gh, repo, all, winner, req, log);
    return { release: winner, created: winner.id === mine.id };
}

;// CONCATENATED MODULE: ./lib/markup.js
/**
 * Text from outside (filenames, versions, messages, URLs) made inert in the two
 * markups the suite writes: HTML (job summaries, the index server's pages) and
 * Markdown tables (the approval brief, the rehearsal report, pull request bodies).
 * The one place that knows how to escape either.
 */
/** For HTML element content and quoted attribute values (Python's html.escape, which warehouse uses). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
/**
 * One Markdown table cell (or list item): one line, pipes and backslashes
 * escaped, HTML shown as text, and no inline markup of its own: brackets
 * (links, images), asterisks and tildes (emphasis, strike-through) and
 * backticks are backslash-escaped, so outside text cannot put a link, an
 * image or a bold claim in front of an approver. Underscores stay: inside
 * words they mark nothing, and they fill wheel and runner names.
 */
function markdownCell(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/[|[\]*~`]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** The longest run of backticks in the text (0 without any). */
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * A code span that stays one table cell whatever the text holds: its fence is
 * longer than any run of backticks inside (code spans take no backslash
 * escapes, but a table still splits on an unescaped pipe). Empty text gives ''.
 */
function markdownCode(text) {
    if (text === '')
        return '';
    const inner = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const fence = '`'.repeat(longestBacktickRun(inner) + 1);
    const pad = inner.startsWith('`') || inner.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${inner}${pad}${fence}`;
}
/** Whether `url` is one line of http(s): the only links the suite writes around outside URLs. */
function isWebUrl(url) {
    // eslint-disable-next-line no-control-regex
    return /^https?:\/\/[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/i.test(url);
}
/** A Markdown link around already-formatted text; without a URL (or with one that is not http(s)), the text alone. */
function markdownLink(text, url) {
    // Spaces are written as %20 below; anything else that is not one line of http(s) is no link.
    if (!url || !isWebUrl(url.replace(/ /g, '%20')))
        return text;
    return `[${text}](${url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}
/** A fenced code block whose fence is longer than any run of backticks in the text. */
function markdownCodeBlock(text, info = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}
/** A Markdown table from a header and rows of already-formatted cells (markdownCell, markdownCode, markdownLink). */
function markdownTable(columns, rows) {
    const cols = columns.map((c) => (typeof c === 'string' ? { title: c } : c));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(cols.map((c) => c.title)), line(cols.map((c) => (c.align === 'right' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(2678);
// EXTERNAL MODULE: ./lib/actions/shared/run.js + 2 modules
var run = __webpack_require__(7876);
;// CONCATENATED MODULE: ./lib/actions/shared/summary.js

/** Plain text as HTML. */
function summary_text(value) {
    return escapeHtml(value);
}
/** Text in <code>; missing or empty text gives `missing`. */
function code(value, missing = '—') {
    return value ? `<code>${escapeHtml(value)}</code>` : missing;
}
/** A link around a label made with text() or code(); an href that is not http(s) (a server's javascript:, data:…) gives the label alone. */
function summary_link(href, labelHtml) {
    return isWebUrl(href) ? `<a href="${escapeHtml(href)}">${labelHtml}</a>` : labelHtml;
}
/** A paragraph of HTML made from the pieces above. */
function paragraph(html) {
    return `<p>${html}</p>`;
}
/** A table's header row. */
function header(...titles) {
    return titles.map((title) => ({ data: escapeHtml(title), header: true }));
}
/** A two-column table of facts (name, HTML value), as several summaries open with. */
function factsTable(rows, titles = ['Item', 'Value']) {
    return [header(...titles), ...rows.map(([name, value]) => [escapeHtml(name), value])];
}

;// CONCATENATED MODULE: ./lib/actions/create-release/main.js









const NOTES_LABEL = {
    notes: 'notes input',
    'notes-file': 'notes-file',
    changelog: 'changelog',
    'generate-notes': 'generated by GitHub',
};
async function writeSummary(s, out) {
    const r = out.release;
    const state = r.draft ? 'draft' : out.publishedNow ? 'published by this run' : 'published';
    const notes = out.notes.parts.length === 0
        ? 'none given (the body was left as it was)'
        : out.notes.parts.map((p) => `${NOTES_LABEL[p.source]} (${summary_text(p.origin)})`).join(', ') +
            (out.notes.cut > 0 ? `; cut by ${out.notes.cut} characters to fit GitHub's limit` : '');
    const rows = [
        ['Release', `${summary_link(r.html_url, summary_text(r.name || s.tag))} (id ${r.id}, ${out.created ? 'created' : 'reused'} by this run)`],
        ['Tag', code(s.tag)],
        ['Commit', code(s.commitSha)],
        ['State', state],
        ['Pre-release', out.prerelease ? 'yes' : 'no'],
        ...(out.makeLatest ? [['Latest', out.makeLatest]] : []),
        ['Notes', notes],
        ...(out.previousTag ? [['Previous tag', code(out.previousTag)]] : []),
    ];
    const summary = core/* summary */.z.addHeading(summary_text(`create-release: ${s.tag}`), 2).addTable(factsTable(rows));
    if (out.checks.length > 0) {
        summary.addHeading('Required checks', 3).addList(out.checks.map((c) => summary_text(`${c.name}: ${c.verdict}`)));
    }
    if (out.assets.length > 0 || out.releaseAssets.length > 0) {
        const mine = new Map(out.assets.map((a) => [a.name, a]));
        summary.addHeading('Assets', 3).addTable([
            header('Name', 'Size', 'sha256', 'This run'),
            ...out.releaseAssets.map((a) => [
                summary_link(a.browser_download_url, summary_text(a.name)),
                (0,units/* formatBytes */.z3)(a.size),
                code((a.digest ?? '').replace(/^sha256:/, '') || 'unknown'),
                summary_text(mine.get(a.name)?.action ?? 'already there'),
            ]),
        ]);
    }
    await summary.write();
}
/** Runs create-release with validated settings; loaded by the entry only once the inputs are valid. */
async function main(s) {
    const gh = createGitHubClient({ token: s.token, log: run/* actionLogger */.v });
    const out = await createRelease(gh, {
        repo: s.repository,
        commitSha: s.commitSha,
        tag: s.tag,
        version: s.version,
        name: s.name,
        notes: s.notes,
        notesFile: s.notesFile,
        changelog: s.changelog,
        generateNotes: s.generateNotes,
        previousTag: s.previousTag,
        draft: s.draft,
        publish: s.publish,
        prerelease: s.prerelease,
        makeLatest: s.makeLatest,
        assets: s.assets,
        assetsDir: process.env.GITHUB_WORKSPACE || process.cwd(),
        overwriteAssets: s.overwriteAssets,
        requireChecks: s.requireChecks,
        checksTimeoutSeconds: s.checksTimeoutSeconds,
    }, run/* actionLogger */.v);
    const r = out.release;
    // GitHub's answers become outputs that later steps put in expressions: only plain URLs are passed on.
    for (const [name, value] of [['html_url', r.html_url], ['upload_url', r.upload_url]]) {
        if (!isWebUrl(value))
            throw new errors/* UserError */.y(`GitHub answered release ${r.id} with a ${name} that is not one line of http(s) (${JSON.stringify(value.slice(0, 200))}). Check GITHUB_API_URL and that no proxy rewrites its answers.`);
    }
    (0,print/* setOutput */.uH)('release-id', String(r.id));
    (0,print/* setOutput */.uH)('html-url', r.html_url);
    (0,print/* setOutput */.uH)('upload-url', r.upload_url);
    (0,print/* setOutput */.uH)('tag', s.tag);
    (0,print/* setOutput */.uH)('assets', JSON.stringify(out.releaseAssets.map((a) => ({ name: a.name, size: a.size, digest: a.digest ?? null, url: a.browser_download_url }))));
    (0,print/* info */.pq)(`${r.draft ? 'Draft' : 'Published'} release ${s.tag}: ${r.html_url}`);
    await writeSummary(s, out);
}


/***/ })

};
