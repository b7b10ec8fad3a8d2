/**
 * Hostile HTTP servers on loopback for the network-bound tests: a body that
 * never ends, a listing that never ends, an answer that trickles; and the
 * peak RSS of the action that met them (test/support/report-rss.cjs, loaded
 * into the action's node with NODE_OPTIONS).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Hostile {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Every request: method, path and headers. */
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders }[];
  /** Body bytes written to clients so far. */
  sent: () => number;
  close(): Promise<void>;
}

export type HostileHandler = (req: IncomingMessage, res: ServerResponse, h: { write: (res: ServerResponse, data: Buffer | string) => Promise<boolean>; count: (n: number) => void }) => void;

/** Writes with backpressure; false once the client has gone. */
function write(res: ServerResponse, data: Buffer | string): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  if (res.write(data)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

export async function startHostile(handler: HostileHandler): Promise<Hostile> {
  const requests: Hostile['requests'] = [];
  const sockets = new Set<Socket>();
  let sent = 0;
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    handler(req, res, { write, count: (n) => (sent += n) });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    sent: () => sent,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

const FILL = Buffer.alloc(64 * 1024, 'x');

/**
 * Answers 200 with `head`, then filler without end (no Content-Length), until
 * the client goes away or `limit` bytes (default 1 GiB: far past any cap, and
 * still a bound for a client that has none).
 */
export function endlessBody(contentType: string, head: string, limit = 1024 ** 3): HostileHandler {
  return (req, res, h) => {
    req.resume();
    res.writeHead(200, { 'content-type': contentType });
    void (async () => {
      let n = 0;
      if (!(await h.write(res, head))) return;
      while (n < limit) {
        if (!(await h.write(res, FILL))) return;
        n += FILL.length;
        h.count(FILL.length);
      }
      // Past the limit: silence, as a stalled server; the client's own bounds must end it.
    })();
  };
}

/** Where the action's peak RSS lands; pass `env` to the run, then read `mib()` afterwards. */
export function peakRss(): { env: Record<string, string>; mib(): number; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'peak-rss-'));
  const preload = join(dirname(fileURLToPath(import.meta.url)), 'report-rss.cjs');
  return {
    env: { NODE_OPTIONS: `--require ${preload}`, REPORT_PEAK_RSS_DIR: dir },
    mib: () => {
      const reports = readdirSync(dir).map((f) => Number(readFileSync(join(dir, f), 'utf8')));
      if (reports.length === 0) throw new Error('the action reported no peak RSS: it did not exit by itself');
      return Math.max(...reports) / 1024;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
