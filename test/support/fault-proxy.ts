/**
 * A fault-injecting HTTP reverse proxy on loopback, in front of a real target.
 * Bodies stream both ways (nothing large is buffered, except a 'truncate' of a
 * response that has no Content-Length). Faults that act on the response
 * ('reset-mid-body', 'truncate', slow) forward the whole request first, so the
 * target really did the work: the ambiguous failure a client must handle.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | 'reset' /* destroy the client socket (RST) before any response; the target never sees the request */
  | 'reset-mid-body' /* forward the request, send the target's status, headers and part of its body, then RST */
  | '500'
  | '502'
  | '503'
  | { status: 429; retryAfter: number }
  | { slowMs: number } /* forward, but wait slowMs before the headers and before each response chunk (≤16 KiB) */
  | 'truncate' /* forward, send a Content-Length, then close cleanly (FIN) after half the body */
  | { answer: HostileAnswer }; /* answer this instead of forwarding (a hostile or broken server's words) */

/** A whole answer a test writes itself: status, reason phrase, headers, body. */
export interface HostileAnswer {
  status: number;
  reason?: string;
  headers?: Record<string, string>;
  body?: string;
}

export type FaultPlan = (req: { method: string; path: string; n: number; headers?: http.IncomingHttpHeaders }) => Fault | undefined;

export interface ProxiedRequest {
  /** 0-based index of this request at the proxy */
  n: number;
  method: string;
  path: string;
  fault?: Fault;
  /** the status the client was sent (injected or the target's); absent when none was */
  status?: number;
  /** the whole request (headers and body) was handed to the target */
  forwarded: boolean;
  requestBytes: number;
  /** body bytes sent to the client */
  responseBytes: number;
  error?: string;
}

export interface FaultProxy {
  url: string;
  requests: ProxiedRequest[];
  setPlan(plan: FaultPlan | undefined): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization',
]);

function filterRaw(raw: string[], drop: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (!drop(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  return out;
}

function headerBlock(status: number, message: string | undefined, raw: string[]): string {
  let s = `HTTP/1.1 ${status} ${message ?? http.STATUS_CODES[status] ?? ''}\r\n`;
  for (let i = 0; i < raw.length; i += 2) s += `${raw[i]}: ${raw[i + 1]}\r\n`;
  return `${s}\r\n`;
}

const CHUNK = 16 * 1024;
/** Resolves after ms, or rejects as soon as the signal aborts, so no timer outlives the proxy. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const onAbort = () => {
      clearTimeout(t);
      reject(new Error('aborted'));
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Writes with backpressure; resolves early if the peer goes away, so nothing waits forever. */
function write(stream: NodeJS.WritableStream & { destroyed: boolean }, data: Buffer | string): Promise<void> {
  if (stream.write(data) || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

function isStatusFault(f: Fault): f is '500' | '502' | '503' | { status: 429; retryAfter: number } {
  return f === '500' || f === '502' || f === '503' || (typeof f === 'object' && 'status' in f && 'retryAfter' in f);
}

/** Starts the proxy on 127.0.0.1 (a free port) in front of `target` (a base URL; its path is prefixed). */
export async function startFaultProxy(target: string, plan?: FaultPlan): Promise<FaultProxy> {
  const base = new URL(target);
  const client = base.protocol === 'https:' ? https : http;
  const basePath = base.pathname.replace(/\/$/, '');
  const agent = new client.Agent({ keepAlive: false });
  const requests: ProxiedRequest[] = [];
  const upstreams = new Set<http.ClientRequest>();
  const slowOnes = new Set<AbortController>();
  let current = plan;
  let counter = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const n = counter++;
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    let fault: Fault | undefined;
    const entry: ProxiedRequest = { n, method, path, forwarded: false, requestBytes: 0, responseBytes: 0 };
    requests.push(entry);
    try {
      fault = current?.({ method, path, n, headers: req.headers });
    } catch (e) {
      entry.error = `plan threw: ${(e as Error).message}`;
    }
    if (fault !== undefined) entry.fault = fault;
    const clientSocket = req.socket;

    if (fault === 'reset') {
      clientSocket.resetAndDestroy();
      req.resume();
      return;
    }
    if (fault !== undefined && typeof fault === 'object' && 'answer' in fault) {
      const { status, reason, headers = {}, body = '' } = fault.answer;
      req.on('data', (c: Buffer) => (entry.requestBytes += c.length));
      req.on('end', () => {
        entry.status = status;
        res.writeHead(status, reason ?? http.STATUS_CODES[status] ?? '', { 'content-type': 'text/plain', ...headers, 'content-length': Buffer.byteLength(body) });
        res.end(body);
        entry.responseBytes = Buffer.byteLength(body);
      });
      return;
    }
    if (fault !== undefined && isStatusFault(fault)) {
      const status = typeof fault === 'object' ? fault.status : Number(fault);
      req.on('data', (c: Buffer) => (entry.requestBytes += c.length));
      // Answer once the body is read, as a real server behind a gateway would.
      req.on('end', () => {
        const body = `fault injected by test proxy: ${status}\n`;
        const headers: Record<string, string | number> = { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) };
        if (typeof fault === 'object') headers['retry-after'] = String(fault.retryAfter);
        entry.status = status;
        res.writeHead(status, headers);
        res.end(body);
        entry.responseBytes = Buffer.byteLength(body);
      });
      return;
    }

    const headers = filterRaw(req.rawHeaders, (h) => HOP_BY_HOP.has(h) || h === 'host');
    headers.push('Host', base.host);
    const upstream = client.request({
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port || undefined,
      method,
      path: `${basePath}${path}`,
      headers,
      agent,
    });
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    upstream.on('finish', () => (entry.forwarded = true));
    req.on('data', (c: Buffer) => (entry.requestBytes += c.length));
    req.pipe(upstream);
    // The client went away before its response was complete: stop talking to the target.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    // 'raw': a fault writes to the client socket itself and owns the ending.
    let mode: 'pending' | 'normal' | 'raw' = 'pending';
    upstream.on('error', (err) => {
      entry.error ??= err.message;
      if (mode === 'pending' && !clientSocket.destroyed) {
        entry.status = 502;
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`test proxy: target failed: ${err.message}\n`);
      } else if (mode === 'normal') {
        clientSocket.destroy();
      }
    });
    upstream.on('response', (up) => {
      entry.status = up.statusCode;
      const status = up.statusCode ?? 502;
      const raw = filterRaw(up.rawHeaders, (h) => HOP_BY_HOP.has(h));
      mode = fault === 'reset-mid-body' || fault === 'truncate' ? 'raw' : 'normal';
      if (fault === 'reset-mid-body') return resetMidBody(up, status, raw, clientSocket, entry);
      if (fault === 'truncate') return void truncate(up, status, raw, clientSocket, entry);
      if (fault !== undefined && typeof fault === 'object' && 'slowMs' in fault) {
        const abort = new AbortController();
        slowOnes.add(abort);
        res.on('close', () => abort.abort());
        return void slow(up, status, raw, res, entry, fault.slowMs, abort.signal).finally(() => slowOnes.delete(abort));
      }
      res.writeHead(status, up.statusMessage, raw);
      up.on('data', (c: Buffer) => (entry.responseBytes += c.length));
      up.pipe(res);
    });
  };

  const server = http.createServer(handle);
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setPlan(p) {
      current = p;
    },
    async close() {
      for (const a of slowOnes) a.abort();
      for (const u of upstreams) u.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      agent.destroy();
    },
  };
}

/** Body framing for raw writes: keep the target's Content-Length, otherwise chunk it ourselves. */
function framing(raw: string[]): { raw: string[]; chunked: boolean } {
  const hasLength = raw.some((_, i) => i % 2 === 0 && raw[i].toLowerCase() === 'content-length');
  return hasLength ? { raw, chunked: false } : { raw: [...raw, 'Transfer-Encoding', 'chunked'], chunked: true };
}

function resetMidBody(up: IncomingMessage, status: number, raw: string[], socket: Socket, entry: ProxiedRequest): void {
  const f = framing(raw);
  let done = false;
  up.on('data', (chunk: Buffer) => {
    if (done) return;
    done = true;
    const part = chunk.subarray(0, Math.floor(chunk.length / 2));
    socket.write(headerBlock(status, up.statusMessage, f.raw));
    if (part.length > 0) socket.write(f.chunked ? Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part]) : part);
    entry.responseBytes = part.length;
    // RST after what was written has been handed to the kernel
    socket.write('', () => socket.resetAndDestroy());
    up.destroy();
  });
  up.on('end', () => {
    if (done) return;
    done = true;
    // No body to cut: the target did the work, the client gets no response at all.
    delete entry.status;
    socket.resetAndDestroy();
  });
}

async function truncate(up: IncomingMessage, status: number, raw: string[], socket: Socket, entry: ProxiedRequest): Promise<void> {
  const lengthAt = raw.findIndex((h, i) => i % 2 === 0 && h.toLowerCase() === 'content-length');
  let total: number;
  let body: AsyncIterable<Buffer> | Iterable<Buffer> = up;
  if (lengthAt >= 0) {
    total = Number(raw[lengthAt + 1]);
  } else {
    // A Content-Length must be announced, so a body without one is read whole first.
    const chunks: Buffer[] = [];
    for await (const c of up) chunks.push(c as Buffer);
    const all = Buffer.concat(chunks);
    total = all.length;
    raw = [...raw, 'Content-Length', String(total)];
    body = [all];
  }
  const keep = Math.floor(total / 2);
  await write(socket, headerBlock(status, up.statusMessage, raw));
  let sent = 0;
  for await (const c of body) {
    if (socket.destroyed) break;
    const part = (c as Buffer).subarray(0, Math.max(0, keep - sent));
    if (part.length > 0) await write(socket, part);
    sent += part.length;
    entry.responseBytes = sent;
    if (sent >= keep) break;
  }
  up.destroy();
  socket.end(); // a clean FIN, short of the announced length
}

async function slow(
  up: IncomingMessage,
  status: number,
  raw: string[],
  res: ServerResponse,
  entry: ProxiedRequest,
  ms: number,
  signal: AbortSignal,
): Promise<void> {
  try {
    await sleep(ms, signal);
    if (res.destroyed) return;
    res.writeHead(status, up.statusMessage, raw);
    for await (const c of up) {
      const chunk = c as Buffer;
      for (let i = 0; i < chunk.length; i += CHUNK) {
        await sleep(ms, signal);
        if (res.destroyed) return;
        const piece = chunk.subarray(i, i + CHUNK);
        entry.responseBytes += piece.length;
        await write(res, piece);
      }
    }
    res.end();
  } catch (e) {
    if (!signal.aborted) entry.error ??= (e as Error).message;
    up.destroy();
    res.destroy();
  }
}

/**
 * A deterministic fault plan: request n gets a fault with probability `rate`,
 * chosen uniformly from `faults`. Depends only on (seed, n), never on timing.
 */
export function randomPlan(rate: number, faults: Fault[], seed: number): FaultPlan {
  return ({ n }) => {
    const next = mulberry32((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
    next(); // let the state mix before use
    if (faults.length === 0 || next() >= rate) return undefined;
    return faults[Math.floor(next() * faults.length)];
  };
}

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
