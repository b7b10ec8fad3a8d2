/**
 * A `fetch` on this layer, for libraries that take one (Octokit's
 * `request.fetch`): the same transport, redirect and credential policy and
 * timeouts as every other request. The answer is read whole, up to a cap,
 * before the Response is handed over, so an oversized or trickling answer
 * fails the request itself (Octokit would swallow an error met while it
 * reads the body). A streamed request body (an upload) gets a deadline from
 * its Content-Length instead of the request timeout, and never follows a
 * redirect.
 */
import type { Writable } from 'node:stream';
import { readBytes } from './body.js';
import { request, type HeaderValues } from './request.js';
import { transferDeadlineMs } from './timeouts.js';
import type { Transport } from './transport.js';

export interface LayerFetchOptions {
  /** The deadline of a request with no body or one sent at once. */
  requestTimeoutMs: number;
  /** The most bytes of one answer read; a longer answer fails the request. */
  maxAnswerBytes: number;
  transport?: Transport;
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A body that can be read once only: a retry would send nothing. */
export function isOneShotBody(data: unknown): data is AsyncIterable<Uint8Array> {
  return (
    data !== null &&
    typeof data === 'object' &&
    (typeof (data as { pipe?: unknown }).pipe === 'function' ||
      typeof (data as { getReader?: unknown }).getReader === 'function' ||
      Symbol.asyncIterator in (data as object))
  );
}

function toUrl(input: Parameters<typeof fetch>[0]): URL {
  if (input instanceof URL) return input;
  if (typeof input === 'string') return new URL(input);
  return new URL(input.url);
}

/** Writes a stream to the request with backpressure; stops (without destroying the request) once the exchange is over. */
function streamTo(source: AsyncIterable<Uint8Array>) {
  return async (dest: Writable, signal: AbortSignal): Promise<void> => {
    for await (const chunk of source) {
      if (signal.aborted) return;
      if (!dest.write(chunk)) {
        await new Promise<void>((resolve) => {
          const go = (): void => {
            dest.off('drain', go);
            dest.off('close', go);
            signal.removeEventListener('abort', go);
            resolve();
          };
          dest.on('drain', go);
          dest.on('close', go);
          signal.addEventListener('abort', go, { once: true });
        });
        if (signal.aborted || dest.destroyed) return;
      }
    }
    dest.end();
  };
}

export function layerFetch(options: LayerFetchOptions): typeof fetch {
  return async (input, init = {}) => {
    const url = toUrl(input);
    const headers: HeaderValues = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const data: unknown = init.body;
    let body: Buffer | string | undefined;
    let send: ((dest: Writable, signal: AbortSignal) => Promise<void>) | undefined;
    if (data === undefined || data === null) {
      body = undefined;
    } else if (typeof data === 'string') {
      body = data;
    } else if (data instanceof Uint8Array) {
      body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    } else if (data instanceof ArrayBuffer) {
      body = Buffer.from(data);
    } else if (isOneShotBody(data)) {
      send = streamTo(data);
    } else {
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
    const response = new Response(NULL_BODY.has(res.status) ? null : bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
    Object.defineProperty(response, 'url', { value: res.url.href });
    return response;
  };
}
