/**
 * Plain HTTP requests to a package index with node:http/https: no redirect is
 * ever followed (a redirect is an answer the caller reads), every request has
 * an idle timeout and an overall deadline, and error bodies are read only up
 * to a cap. Uploads stream their bodies through `send`; small requests pass a
 * Buffer.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Writable } from 'node:stream';

export interface HttpResponse {
  status: number;
  /** The reason phrase; warehouse puts its message there (HTTP/1.1 only). */
  statusMessage: string;
  headers: IncomingHttpHeaders;
  /** Up to `maxBodyBytes` of the body. */
  body: Buffer;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string | number>;
  /** A small body sent at once. */
  body?: Buffer | string;
  /**
   * A streamed body: writes to the request and ends it; the caller sets
   * Content-Length. `signal` aborts once the exchange is over (an early answer,
   * a failure), and the writer then stops.
   */
  send?: (req: Writable, signal: AbortSignal) => Promise<void>;
  /** No byte in either direction for this long aborts the request. Default 60 s. */
  idleTimeoutMs?: number;
  /** The whole exchange must end within this long. Default: none. */
  deadlineMs?: number;
  /** Bytes of the response body kept; the rest is read and dropped. Default 1 MiB. */
  maxBodyBytes?: number;
  agents?: Agents;
  signal?: AbortSignal;
}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

/** Keep-alive agents, one pair per client: sockets are reused between requests to the same host. */
export function createAgents(maxSockets: number): Agents {
  return {
    http: new http.Agent({ keepAlive: true, maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets }),
  };
}

export function destroyAgents(agents: Agents): void {
  agents.http.destroy();
  agents.https.destroy();
}

/** A failed exchange; `bodySent` tells whether the whole request reached the network (the server may have acted on it). */
export class RequestFailed extends Error {
  readonly code?: string;
  constructor(message: string, readonly bodySent: boolean, options: { cause?: unknown; code?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = 'RequestFailed';
    this.code = options.code ?? codeOf(options.cause);
  }
}

function codeOf(err: unknown): string | undefined {
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function describe(err: unknown): string {
  const message = err && typeof err === 'object' ? (err as { message?: unknown }).message : undefined;
  const code = codeOf(err);
  const text = typeof message === 'string' && message ? message : String(err);
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

/**
 * One request, one answer. Resolves with any status (3xx included: never
 * followed); rejects with RequestFailed when no answer arrived.
 */
export function httpRequest(url: URL, opts: HttpRequestOptions = {}): Promise<HttpResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  const agent = opts.agents ? (url.protocol === 'https:' ? opts.agents.https : opts.agents.http) : undefined;
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const idle = opts.idleTimeoutMs ?? 60_000;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    let bodySent = false;
    let deadline: NodeJS.Timeout | undefined;
    const headers: Record<string, string | number> = { ...(opts.headers ?? {}) };
    const sending = new AbortController();
    if (opts.body !== undefined) headers['Content-Length'] = Buffer.byteLength(opts.body);
    const req = transport.request(url, { method: opts.method ?? 'GET', headers, ...(agent ? { agent } : {}) });

    const fail = (message: string, cause?: unknown, code?: string): void => {
      if (settled) return;
      settled = true;
      cleanup();
      sending.abort();
      req.destroy();
      reject(new RequestFailed(message, bodySent, { cause, code }));
    };
    const cleanup = (): void => {
      if (deadline) clearTimeout(deadline);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => fail(`${opts.method ?? 'GET'} ${url.href} was cancelled`, opts.signal?.reason, 'ABORT_ERR');
    if (opts.signal?.aborted) {
      onAbort();
      return;
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.deadlineMs !== undefined) {
      deadline = setTimeout(() => fail(`no complete answer from ${url.origin} within ${Math.round(opts.deadlineMs! / 1000)} s`, undefined, 'ETIMEDOUT'), opts.deadlineMs);
    }
    req.setTimeout(idle, () => fail(`${url.origin} sent nothing for ${Math.round(idle / 1000)} s`, undefined, 'ETIMEDOUT'));
    let answer: { res: http.IncomingMessage; chunks: Buffer[] } | undefined;
    const answered = (): void => {
      if (settled || !answer) return;
      const { res, chunks } = answer;
      settled = true;
      cleanup();
      sending.abort();
      // An early answer leaves a half-sent request behind: its socket cannot carry another one.
      if (!bodySent) req.destroy();
      resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) });
    };
    req.on('error', (err) => {
      // A server that answers early (a redirect, a refusal) and closes may break the rest of our
      // write (EPIPE, ECONNRESET): a complete answer already read is still the answer.
      if (answer?.res.complete) answered();
      else fail(`${opts.method ?? 'GET'} ${url.href} failed: ${describe(err)}`, err);
    });
    req.on('finish', () => {
      bodySent = true;
    });
    req.on('response', (res) => {
      // The server answered; whatever of the body is still unsent no longer matters.
      if (!bodySent) sending.abort();
      const chunks: Buffer[] = [];
      answer = { res, chunks };
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        if (kept < maxBody) {
          const part = chunk.subarray(0, maxBody - kept);
          chunks.push(part);
          kept += part.length;
        }
      });
      res.on('error', (err) => fail(`reading the answer from ${url.origin} failed: ${describe(err)}`, err));
      res.on('aborted', () => fail(`the answer from ${url.origin} was cut off`, undefined, 'ECONNRESET'));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) {
          fail(`the answer from ${url.origin} was cut off`, undefined, 'ECONNRESET');
          return;
        }
        answered();
      });
    });

    if (opts.send) {
      // Failed writes surface as the request's 'error'; what rejects here is the body's own source.
      opts.send(req, sending.signal).catch((err: unknown) => fail(`sending to ${url.origin} failed: ${describe(err)}`, err));
    } else {
      req.end(opts.body);
    }
  });
}
