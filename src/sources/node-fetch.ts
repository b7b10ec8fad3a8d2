/**
 * A `fetch` for the downloaders built on node:http(s), not on undici.
 *
 * Why: @actions/core loads the npm copy of undici (through
 * @actions/http-client), and that copy installs itself as the process-wide
 * dispatcher of Node's global `fetch` when it loads first. In undici 6.29.1
 * (the newest 6.x) a response body that is paused by backpressure (the disk is
 * slower than the network) when the server closes the connection (S3-alikes
 * and many CDNs send `Connection: close`) crashes the whole process with an
 * uncatchable `assert(!this.paused)` (nodejs/undici#5360, fixed only in newer
 * majors). node:http has no such path, so every large body goes through it.
 *
 * Only what the sources use is supported: any method, string/Buffer bodies,
 * headers, `signal`, and redirects left to the caller (`redirect: 'manual'`
 * semantics: 3xx answers are returned as they are). No content decoding (the
 * callers ask for `identity`).
 */
import http from 'node:http';
import https from 'node:https';

// Keep-alive, so listing pages and many small files reuse connections; idle sockets are unref'd by the agent.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Socket data kept while the reader is busy, at most; beyond it the socket is paused (backpressure). */
const MAX_BUFFERED = 1024 * 1024;

/**
 * The body as a web stream that hands the reader everything that arrived
 * since its last read, as the socket's own chunks, in one pull: no copy into
 * a larger buffer (the downloader batches them for its writer anyway, and a
 * fresh megabyte per read made work for the allocator and the GC). Bytes that
 * arrived before a failure are delivered before the error, so a resumable
 * download keeps them.
 */
function bodyStream(res: http.IncomingMessage): ReadableStream<Uint8Array> {
  let parts: Buffer[] = [];
  let size = 0;
  let ended = false;
  let failure: Error | undefined;
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
    failure = err;
    notify();
  });
  res.on('close', () => {
    // Closed without 'end' or 'error' (should not happen, but a reader must never wait forever).
    if (!ended && !failure) failure = Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' });
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
            if (!ended && !failure) res.resume();
            for (const chunk of ready) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            return;
          }
          if (failure) return controller.error(failure);
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

function toUrl(input: Parameters<typeof fetch>[0]): URL {
  if (input instanceof URL) return input;
  if (typeof input === 'string') return new URL(input);
  return new URL(input.url);
}

export const nodeFetch: typeof fetch = (input, init = {}) =>
  new Promise<Response>((resolve, reject) => {
    const url = toUrl(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      reject(new TypeError(`nodeFetch: unsupported protocol ${url.protocol}`));
      return;
    }
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      reject(new TypeError('nodeFetch: only string and byte bodies are supported'));
      return;
    }
    const method = (init.method ?? 'GET').toUpperCase();
    const client = url.protocol === 'https:' ? https : http;
    const signal = init.signal ?? undefined;
    const reason = (): Error => {
      const r: unknown = signal?.reason;
      return r instanceof Error ? r : Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    };
    if (signal?.aborted) {
      reject(reason());
      return;
    }
    let response: http.IncomingMessage | undefined;
    // The abort reason reaches whoever waits: the promise before the answer, the body stream after it.
    const onAbort = () => {
      const err = reason();
      response?.destroy(err);
      req.destroy(err);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const req = client.request(
      url,
      { method, headers, agent: agents[url.protocol] },
      (res) => {
        response = res;
        res.once('close', () => signal?.removeEventListener('abort', onAbort));
        const status = res.statusCode ?? 0;
        const h = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        const empty = NULL_BODY.has(status) || method === 'HEAD';
        if (empty) res.resume();
        try {
          const stream = empty ? null : bodyStream(res);
          resolve(new Response(stream, { status, statusText: res.statusMessage ?? '', headers: h }));
        } catch (err) {
          res.destroy();
          reject(err);
        }
      },
    );
    req.on('error', (err) => {
      signal?.removeEventListener('abort', onAbort);
      reject(err);
    });
    req.end(body ?? undefined);
  });
