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
import http, { STATUS_CODES } from 'node:http';
import https from 'node:https';
import type { Writable } from 'node:stream';
import { describeError, HttpError } from './errors.js';
import { redactUrl } from './redact.js';
import { timeoutMessage } from './timeouts.js';

export interface WireRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** A body sent at once (Content-Length is set from it). */
  body?: Buffer | string;
  /**
   * A streamed body: writes to the request and ends it; the caller sets
   * Content-Length. `signal` aborts once the exchange is over (an early
   * answer, a failure), and the writer then stops.
   */
  send?: (req: Writable, signal: AbortSignal) => Promise<void>;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  /** Ends the exchange at once; its reason is what the caller sees, before the answer or while reading its body. */
  signal: AbortSignal;
  /** Called when the whole request body has reached the network (the server may act on it from then on). */
  onBodySent?: () => void;
  /** Called once when the exchange is over: the body read to its end, failed, or cancelled. */
  onDone?: () => void;
}

export interface WireResponse {
  status: number;
  /** The reason phrase (HTTP/1.1 only; warehouse puts its message there). */
  statusText: string;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

/** One exchange; a fake one stands in for a server a test cannot run (an https origin with a trusted certificate). */
export type Transport = (req: WireRequest) => Promise<WireResponse>;

/** The standard reason phrase of a status, or ''. */
export function standardStatusText(status: number): string {
  return STATUS_CODES[status] ?? '';
}

// Keep-alive, so listing pages, API calls and uploads reuse connections; idle sockets are unref'd by the agent.
const pools = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
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
function bodyStream(res: http.IncomingMessage, wrap: (err: unknown) => unknown): ReadableStream<Uint8Array> {
  let parts: Buffer[] = [];
  let size = 0;
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  res.on('data', (chunk: Buffer) => {
    parts.push(chunk);
    size += chunk.length;
    if (size >= MAX_BUFFERED) res.pause();
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
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          if (size > 0) {
            const ready = parts;
            parts = [];
            size = 0;
            if (!ended && failure === undefined) res.resume();
            for (const chunk of ready) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            return;
          }
          if (failure !== undefined) return controller.error(failure);
          if (ended) return controller.close();
          res.resume();
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      cancel(reason) {
        res.destroy(reason instanceof Error ? reason : undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

function abortReason(signal: AbortSignal): unknown {
  const r: unknown = signal.reason;
  return r ?? Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
}

export const nodeTransport: Transport = (wire) =>
  new Promise<WireResponse>((resolve, reject) => {
    const { url, method } = wire;
    const where = `${method} ${redactUrl(url)}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      reject(new HttpError(`unsupported protocol ${url.protocol} (${where})`, { method, url, code: 'EPROTO' }));
      wire.onDone?.();
      return;
    }
    let bodySent = false;
    let response: http.IncomingMessage | undefined;
    let settled = false;
    let done = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const sending = new AbortController();
    // The caller's abort reason, and this layer's own errors, reach the caller unchanged.
    const failed = (prefix: string) => (err: unknown): unknown =>
      err instanceof HttpError || (wire.signal.aborted && err === wire.signal.reason)
        ? err
        : new HttpError(`${prefix}: ${describeError(err)} (${where})`, { method, url, cause: err, bodySent });

    let req: http.ClientRequest;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(connectTimer);
      wire.signal.removeEventListener('abort', onAbort);
      sending.abort();
      // An early answer leaves a half-sent request behind: its socket cannot carry another one.
      if (!bodySent) req?.destroy();
      wire.onDone?.();
    };
    /** Before the answer the promise rejects with `err`; after it, the body stream fails with it. */
    const fail = (err: unknown): void => {
      if (done) return;
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
    const onAbort = (): void => fail(abortReason(wire.signal));
    if (wire.signal.aborted) {
      reject(abortReason(wire.signal));
      wire.onDone?.();
      return;
    }
    wire.signal.addEventListener('abort', onAbort, { once: true });

    const headers: Record<string, string | number> = { ...wire.headers };
    if (wire.body !== undefined) headers['content-length'] = Buffer.byteLength(wire.body);
    try {
      const client = url.protocol === 'https:' ? https : http;
      req = client.request(url, { method, headers, agent: pools[url.protocol] });
    } catch (err) {
      // An invalid header value, refused before anything is sent.
      fail(failed('fetch failed')(err));
      return;
    }
    req.setTimeout(wire.idleTimeoutMs, () =>
      fail(new HttpError(`${timeoutMessage.idle(wire.idleTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT', bodySent })),
    );
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () => fail(new HttpError(`${timeoutMessage.connect(wire.connectTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT' })),
        wire.connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('finish', () => {
      bodySent = true;
      wire.onBodySent?.();
    });
    req.on('error', (err) => {
      // A server that answers early (a redirect, a refusal) and closes may break the rest of our
      // write (EPIPE, ECONNRESET): a complete answer already read is still the answer.
      if (response?.complete) return;
      fail(failed(response ? 'the answer was cut off' : 'fetch failed')(err));
    });
    req.on('response', (res) => {
      response = res;
      // The server answered; whatever of the body is still unsent no longer matters.
      if (!bodySent) sending.abort();
      res.once('close', finish);
      const status = res.statusCode ?? 0;
      const h = new Headers();
      for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
        try {
          h.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        } catch {
          // A header value the Fetch standard refuses (control characters): not one this layer reads.
        }
      }
      const empty = NULL_BODY.has(status) || method === 'HEAD';
      if (empty) res.resume();
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
      wire.send(req, sending.signal).catch((err: unknown) => fail(failed('sending the body failed')(err)));
    } else {
      req.end(wire.body);
    }
  });
