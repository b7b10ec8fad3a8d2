/**
 * Loopback servers in front of a package index, for what an index's address
 * can do to a client: a front that forwards each request (credentials
 * included, as the index's own origin), or answers it itself (a stale listing
 * that says 404, a redirect to another host); and that other host, which
 * records the Authorization header of everything it is asked and fetches it
 * from the index with credentials of its own, so the client's request still
 * succeeds and only what it sent where is under test.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FrontDecision = { forward: true } | { status: number } | { redirectTo: string };

export interface SeenRequest {
  method: string;
  path: string;
  authorization?: string;
  /** The status the client got. */
  status?: number;
}

export interface Front {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host']);

function forward(req: IncomingMessage, res: ServerResponse, target: URL, seen: SeenRequest, authorization?: string): void {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
  if (authorization !== undefined) headers.authorization = authorization;
  const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers }, (answer) => {
    seen.status = answer.statusCode;
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
    answer.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** A front at its own address: `decide` says, per request, whether to forward it to `target` or answer it. */
export async function startFront(target: string, decide: (req: { method: string; path: string; n: number }) => FrontDecision): Promise<Front> {
  const seen: SeenRequest[] = [];
  const base = new URL(target);
  const server = await listen((req, res) => {
    const entry: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    seen.push(entry);
    const decision = decide({ method: entry.method, path: entry.path, n: seen.length - 1 });
    if ('forward' in decision) return forward(req, res, base, entry);
    req.resume();
    if ('redirectTo' in decision) {
      entry.status = 302;
      res.writeHead(302, { Location: new URL(entry.path, decision.redirectTo).href, 'Content-Length': '0' }).end();
      return;
    }
    entry.status = decision.status;
    res.writeHead(decision.status, { 'Content-Type': 'text/html', 'Content-Length': '9' }).end('Not Found');
  });
  return { ...server, seen };
}

/** Another host: records what it is sent, and fetches it from `target` with `authorization` (its own credentials). */
export async function startOtherHost(target: string, authorization?: string): Promise<Front> {
  const seen: SeenRequest[] = [];
  const base = new URL(target);
  const server = await listen((req, res) => {
    const entry: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    seen.push(entry);
    forward(req, res, base, entry, authorization);
  });
  return { ...server, seen };
}

export function basicHeader(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Lines of a process's raw output that show `secret`, other than the runner's ::add-mask:: command for it. */
export function rawLeaks(output: string, secret: string): string[] {
  return output.split('\n').filter((line) => line.includes(secret) && !line.startsWith('::add-mask::'));
}
