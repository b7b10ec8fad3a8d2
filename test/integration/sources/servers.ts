/** Loopback HTTP servers for the source tests: a recording proxy and a scriptable file/S3 server. */
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface Running {
  url: string;
  port: number;
  requests: Recorded[];
  close(): Promise<void>;
}

async function listen(server: Server, requests: Recorded[]): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Forwards everything to `target` (an http origin) and keeps each request line and its headers as they arrived. */
export function startRecordingProxy(target: string): Promise<Running> {
  const upstream = new URL(target);
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });
    const up = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  return listen(server, requests);
}

export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>;

/** A server whose every answer the test scripts; `n` counts requests from 1. */
export function startServer(handler: Handler): Promise<Running> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });
    Promise.resolve(handler(req, res, requests.length)).catch((err) => {
      res.destroy(err as Error);
    });
  });
  return listen(server, requests);
}

/**
 * Serves `body` like S3 does: Content-Length, Accept-Ranges, a strong ETag,
 * 206 for `Range: bytes=N-` (200 when If-Range does not match).
 */
export function serveBytes(req: IncomingMessage, res: ServerResponse, body: Buffer, opts: { ranges?: boolean; etag?: string } = {}): void {
  const ranges = opts.ranges ?? true;
  const etag = opts.etag ?? '"v1"';
  const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  const ifRange = req.headers['if-range'];
  if (ranges && m && (!ifRange || ifRange === etag)) {
    const start = Number(m[1]);
    if (start >= body.length) {
      res.writeHead(416, { 'content-range': `bytes */${body.length}` });
      res.end();
      return;
    }
    res.writeHead(206, {
      'content-length': body.length - start,
      'content-range': `bytes ${start}-${body.length - 1}/${body.length}`,
      'accept-ranges': 'bytes',
      etag,
    });
    res.end(body.subarray(start));
    return;
  }
  res.writeHead(200, { 'content-length': body.length, etag, ...(ranges ? { 'accept-ranges': 'bytes' } : {}) });
  res.end(body);
}

/** Starts the answer like serveBytes, sends `upTo` bytes, then ends the connection: `reset` with RST, else a clean close. */
export function serveThenDrop(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  upTo: number,
  how: 'reset' | 'close',
  opts: { ranges?: boolean } = {},
): void {
  const ranges = opts.ranges ?? true;
  const m = ranges ? /^bytes=(\d+)-$/.exec(req.headers.range ?? '') : null;
  const start = m ? Number(m[1]) : 0;
  res.writeHead(m ? 206 : 200, {
    'content-length': body.length - start,
    etag: '"v1"',
    ...(ranges ? { 'accept-ranges': 'bytes' } : {}),
    ...(m ? { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
  });
  res.write(body.subarray(start, Math.max(start, upTo)), () => {
    // Let the bytes reach the client before the connection goes.
    setTimeout(() => (how === 'reset' ? res.socket?.resetAndDestroy() : res.socket?.end()), 20);
  });
}
