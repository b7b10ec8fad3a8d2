import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { randomPlan, startFaultProxy, type Fault, type FaultPlan, type FaultProxy } from '../../support/fault-proxy.js';

// ---- a tiny target server that logs everything it received -------------------------------

interface TargetHit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bytes: number;
  sha256: string;
  complete: boolean;
}

const BIG = Buffer.alloc(1024 * 1024, 0);
for (let i = 0; i < BIG.length; i++) BIG[i] = (i * 31 + (i >> 8)) & 0xff;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let target: http.Server;
let targetUrl: string;
const hits: TargetHit[] = [];
let onUploadChunk: (() => void) | undefined;
let releaseStream: (() => void) | undefined;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

beforeAll(async () => {
  target = http.createServer((req, res) => {
    const h = createHash('sha256');
    let bytes = 0;
    let first = true;
    req.on('data', (c: Buffer) => {
      h.update(c);
      bytes += c.length;
      if (first && req.url === '/upload-wait') onUploadChunk?.();
      first = false;
    });
    req.on('end', () => {
      const hit: TargetHit = { method: req.method!, url: req.url!, headers: req.headers, bytes, sha256: h.digest('hex'), complete: req.complete };
      hits.push(hit);
      switch (req.url) {
        case '/big':
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': BIG.length });
          res.end(BIG);
          return;
        case '/chunked':
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          for (let i = 0; i < 4; i++) res.write(BIG.subarray(i * 65536, (i + 1) * 65536));
          res.end();
          return;
        case '/empty':
          res.writeHead(200, { 'content-length': 0 });
          res.end();
          return;
        case '/stream-wait':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('first;');
          // only ends after the client has seen the first part: proves the proxy streams responses
          releaseStream = () => res.end('second');
          return;
        default: {
          const body = JSON.stringify({ ...hit, headers: undefined });
          res.writeHead(201, 'Made It', [
            'Content-Type', 'application/json',
            'X-Target', 'yes',
            'Set-Cookie', 'a=1',
            'Set-Cookie', 'b=2',
            'Content-Length', String(Buffer.byteLength(body)),
          ]);
          res.end(body);
        }
      }
    });
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});

afterAll(async () => {
  target.closeAllConnections();
  await new Promise((r) => target.close(r));
});

const proxies: FaultProxy[] = [];
async function proxy(plan?: FaultPlan, base = targetUrl) {
  const p = await startFaultProxy(base, plan);
  proxies.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  hits.length = 0;
});

// ---- a client that reports what happened instead of throwing --------------------------------

interface Outcome {
  status?: number;
  statusMessage?: string;
  headers?: IncomingHttpHeaders;
  rawHeaders?: string[];
  body: Buffer;
  complete: boolean;
  error?: NodeJS.ErrnoException;
  timedOut?: boolean;
}

function send(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | Readable; timeoutMs?: number; onData?: (c: Buffer) => void } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const out: Outcome = { body: Buffer.alloc(0), complete: false };
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (error) out.error = error as NodeJS.ErrnoException;
      out.body = Buffer.concat(chunks);
      resolve(out);
    };
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      out.status = res.statusCode;
      out.statusMessage = res.statusMessage;
      out.headers = res.headers;
      out.rawHeaders = res.rawHeaders;
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        opts.onData?.(c);
      });
      res.on('end', () => {
        out.complete = res.complete;
        settle();
      });
      res.on('error', settle);
    });
    req.on('error', settle);
    if (opts.timeoutMs) {
      req.setTimeout(opts.timeoutMs, () => {
        out.timedOut = true;
        req.destroy(new Error('client timeout'));
      });
    }
    if (opts.body instanceof Readable) opts.body.pipe(req);
    else req.end(opts.body);
  });
}

/** Raw bytes of a response until the server closes (FIN) or resets. */
function rawGet(url: string, path: string): Promise<{ data: Buffer; ended: 'fin' | 'reset' }> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const s = net.connect(Number(u.port), u.hostname, () => s.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n`));
    s.on('data', (c) => chunks.push(c));
    s.on('end', () => resolve({ data: Buffer.concat(chunks), ended: 'fin' }));
    s.on('error', () => resolve({ data: Buffer.concat(chunks), ended: 'reset' }));
  });
}

function splitHead(data: Buffer): { head: string; body: Buffer } {
  const at = data.indexOf('\r\n\r\n');
  return { head: data.subarray(0, at).toString('latin1'), body: data.subarray(at + 4) };
}

// ---- tests ------------------------------------------------------------------------------------

describe('fault proxy without faults', () => {
  it('forwards method, path, headers and body faithfully, rewriting Host', async () => {
    const p = await proxy();
    const body = Buffer.from('hello body');
    const r = await send(`${p.url}/echo?x=1&y=%20`, {
      method: 'PUT',
      headers: { 'X-Custom': 'abc', Authorization: 'Bearer t', 'Content-Type': 'text/plain', 'Content-Length': String(body.length) },
      body,
    });
    expect(r.status).toBe(201);
    expect(r.statusMessage).toBe('Made It');
    expect(r.headers!['x-target']).toBe('yes');
    expect(r.headers!['set-cookie']).toEqual(['a=1', 'b=2']);
    const seen = JSON.parse(r.body.toString()) as TargetHit;
    expect(seen).toMatchObject({ method: 'PUT', url: '/echo?x=1&y=%20', bytes: body.length, sha256: sha(body), complete: true });
    expect(hits[0].headers).toMatchObject({
      host: new URL(targetUrl).host,
      'x-custom': 'abc',
      authorization: 'Bearer t',
      'content-length': String(body.length),
    });
    expect(p.requests).toEqual([
      { n: 0, method: 'PUT', path: '/echo?x=1&y=%20', status: 201, forwarded: true, requestBytes: body.length, responseBytes: r.body.length },
    ]);
  });

  it('prefixes the target base path', async () => {
    const p = await proxy(undefined, `${targetUrl}/base/`);
    await send(`${p.url}/x`);
    expect(hits.map((h) => h.url)).toEqual(['/base/x']);
  });

  it('streams a large chunked upload without buffering it', async () => {
    const p = await proxy();
    const firstChunkArrived = deferred();
    onUploadChunk = firstChunkArrived.resolve;
    const body = new Readable({ read() {} });
    const pending = send(`${p.url}/upload-wait`, { method: 'POST', body });
    body.push(BIG.subarray(0, 65536));
    // The rest is sent only after the target saw the first chunk; a buffering proxy would deadlock here.
    await firstChunkArrived.promise;
    for (let i = 1; i < 16; i++) body.push(BIG.subarray(i * 65536, (i + 1) * 65536));
    body.push(null);
    const r = await pending;
    expect(r.status).toBe(201);
    expect(hits[0]).toMatchObject({ bytes: BIG.length, sha256: sha(BIG), complete: true });
    expect(hits[0].headers['transfer-encoding']).toBe('chunked');
  });

  it('streams the response as it comes', async () => {
    const p = await proxy();
    const r = await send(`${p.url}/stream-wait`, {
      onData: (c) => {
        if (c.toString().includes('first;')) releaseStream?.();
      },
    });
    expect(r.body.toString()).toBe('first;second');
  });

  it('passes large and chunked downloads through intact', async () => {
    const p = await proxy();
    const big = await send(`${p.url}/big`);
    expect(big.complete).toBe(true);
    expect(sha(big.body)).toBe(sha(BIG));
    const chunked = await send(`${p.url}/chunked`);
    expect(chunked.body.equals(BIG.subarray(0, 4 * 65536))).toBe(true);
  });

  it('answers 502 when the target is down', async () => {
    const dead = net.createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((r) => dead.close(r));
    const p = await proxy(undefined, `http://127.0.0.1:${port}`);
    const r = await send(`${p.url}/x`);
    expect(r.status).toBe(502);
    expect(p.requests[0].error).toMatch(/ECONNREFUSED/);
  });
});

describe('faults', () => {
  it("'reset' resets the connection before any response, and the target never sees the request", async () => {
    const p = await proxy(() => 'reset');
    const r = await send(`${p.url}/echo`, { method: 'POST', body: Buffer.from('x') });
    expect(r.status).toBeUndefined();
    expect(r.error?.code).toBe('ECONNRESET');
    expect(hits).toEqual([]);
    expect(p.requests[0]).toMatchObject({ fault: 'reset', forwarded: false });
    expect(p.requests[0].status).toBeUndefined();
  });

  it.each(['500', '502', '503'] as const)("'%s' answers that status without reaching the target", async (f) => {
    const p = await proxy(() => f);
    const r = await send(`${p.url}/echo`, { method: 'POST', body: BIG });
    expect(r.status).toBe(Number(f));
    expect(r.complete).toBe(true);
    expect(hits).toEqual([]);
    expect(p.requests[0]).toMatchObject({ fault: f, status: Number(f), forwarded: false, requestBytes: BIG.length });
  });

  it('429 carries Retry-After', async () => {
    const p = await proxy(() => ({ status: 429, retryAfter: 7 }));
    const r = await send(`${p.url}/echo`);
    expect(r.status).toBe(429);
    expect(r.headers!['retry-after']).toBe('7');
    expect(hits).toEqual([]);
  });

  it("'reset-mid-body' sends the target's status, headers and part of the body, then resets — after the target did the work", async () => {
    const p = await proxy(({ path }) => (path === '/big' || path === '/echo' ? 'reset-mid-body' : undefined));
    const big = await send(`${p.url}/big`);
    expect(big.status).toBe(200);
    expect(big.headers!['content-length']).toBe(String(BIG.length));
    expect(big.complete).toBe(false);
    expect(big.error).toBeDefined();
    expect(big.body.length).toBeGreaterThan(0);
    expect(big.body.length).toBeLessThan(BIG.length);
    expect(big.body.equals(BIG.subarray(0, big.body.length))).toBe(true);

    // the ambiguous failure: the upload was complete at the target, the client only saw an error
    const upload = await send(`${p.url}/echo`, { method: 'POST', body: BIG });
    expect(upload.complete).toBe(false);
    expect(upload.error).toBeDefined();
    expect(hits.find((h) => h.url === '/echo')).toMatchObject({ method: 'POST', bytes: BIG.length, sha256: sha(BIG), complete: true });
    expect(p.requests[1]).toMatchObject({ fault: 'reset-mid-body', forwarded: true, status: 201, requestBytes: BIG.length });
  });

  it("'reset-mid-body' on a chunked response cuts the chunked body", async () => {
    const p = await proxy(() => 'reset-mid-body');
    const r = await send(`${p.url}/chunked`);
    expect(r.status).toBe(200);
    expect(r.complete).toBe(false);
    expect(r.error).toBeDefined();
    expect(r.body.equals(BIG.subarray(0, r.body.length))).toBe(true);
  });

  it("'reset-mid-body' with nothing to cut resets without a response, after the target answered", async () => {
    const p = await proxy(() => 'reset-mid-body');
    const r = await send(`${p.url}/empty`, { method: 'POST', body: Buffer.from('data') });
    expect(r.status).toBeUndefined();
    expect(r.error?.code).toBe('ECONNRESET');
    expect(hits).toMatchObject([{ url: '/empty', bytes: 4, complete: true }]);
  });

  it("'truncate' announces a Content-Length and closes cleanly (FIN) short of it", async () => {
    const p = await proxy(() => 'truncate');
    for (const path of ['/big', '/chunked']) {
      const { data, ended } = await rawGet(p.url, path);
      expect(ended).toBe('fin');
      const { head, body } = splitHead(data);
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)![1]);
      expect(head).not.toMatch(/transfer-encoding/i);
      expect(length).toBe(path === '/big' ? BIG.length : 4 * 65536);
      expect(body.length).toBe(Math.floor(length / 2));
      expect(body.equals(BIG.subarray(0, body.length))).toBe(true);
    }
    const viaHttp = await send(`${p.url}/big`);
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.complete).toBe(false);
    expect(viaHttp.error).toBeDefined();
  });

  it('{ slowMs } still delivers the whole body, and a client timeout shorter than it fires', async () => {
    const p = await proxy(({ n }) => (n === 0 ? { slowMs: 5 } : { slowMs: 10_000 }));
    const ok = await send(`${p.url}/big`);
    expect(ok.complete).toBe(true);
    expect(sha(ok.body)).toBe(sha(BIG));
    expect(p.requests[0]).toMatchObject({ fault: { slowMs: 5 }, status: 200, responseBytes: BIG.length });

    const stalled = await send(`${p.url}/big`, { timeoutMs: 300 });
    expect(stalled.timedOut).toBe(true);
    expect(stalled.status).toBeUndefined();
  });
});

describe('plans and log', () => {
  it('asks the plan with a 0-based index per request and can be re-planned', async () => {
    const asked: { method: string; path: string; n: number }[] = [];
    const p = await proxy(({ method, path, n, headers }) => {
      asked.push({ method, path, n });
      expect(headers?.host).toMatch(/^127\.0\.0\.1:\d+$/);
      return n === 1 ? '503' : undefined;
    });
    expect((await send(`${p.url}/a`)).status).toBe(201);
    expect((await send(`${p.url}/b`, { method: 'DELETE' })).status).toBe(503);
    p.setPlan(() => '500');
    expect((await send(`${p.url}/c`)).status).toBe(500);
    p.setPlan(undefined);
    expect((await send(`${p.url}/d`)).status).toBe(201);
    expect(asked).toEqual([
      { method: 'GET', path: '/a', n: 0 },
      { method: 'DELETE', path: '/b', n: 1 },
    ]);
    expect(p.requests.map((r) => [r.n, r.path, r.fault, r.status])).toEqual([
      [0, '/a', undefined, 201],
      [1, '/b', '503', 503],
      [2, '/c', '500', 500],
      [3, '/d', undefined, 201],
    ]);
  });

  it('closes with a request still in flight', async () => {
    const p = await proxy(() => ({ slowMs: 60_000 }));
    const pending = send(`${p.url}/big`);
    while (hits.length === 0) await new Promise((r) => setTimeout(r, 10));
    await p.close();
    const r = await pending;
    expect(r.error).toBeDefined();
  });
});

describe('answer faults', () => {
  it('answers with the status, reason phrase, headers and body given, forwarding nothing', async () => {
    const p = await proxy(({ headers }) => ({ answer: { status: 401, reason: `Echo ${String(headers?.['x-echo'])}`, headers: { 'x-fault': 'yes' }, body: 'no\n::set-output name=x::1' } }));
    const r = await new Promise<{ status?: number; reason?: string; header?: string; body: string }>((resolve, reject) => {
      const req = http.request(`${p.url}/answer`, { headers: { 'x-echo': 'token123' } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () =>
          resolve({ status: res.statusCode, reason: res.statusMessage, header: res.headers['x-fault'] as string, body }),
        );
      });
      req.on('error', reject);
      req.end();
    });
    expect(r).toEqual({ status: 401, reason: 'Echo token123', header: 'yes', body: 'no\n::set-output name=x::1' });
    expect(hits.filter((h) => h.url === '/answer')).toEqual([]);
    expect(p.requests.map((q) => [q.path, q.status, q.forwarded])).toEqual([['/answer', 401, false]]);
  });
});

describe('randomPlan', () => {
  const faults: Fault[] = ['reset', '503', { status: 429, retryAfter: 1 }];
  const take = (plan: ReturnType<typeof randomPlan>, count: number) =>
    Array.from({ length: count }, (_, n) => plan({ method: 'GET', path: '/', n }));

  it('is a pure function of seed and request index', () => {
    const a = take(randomPlan(0.3, faults, 42), 1000);
    expect(take(randomPlan(0.3, faults, 42), 1000)).toEqual(a);
    // order of asking does not matter
    const plan = randomPlan(0.3, faults, 42);
    expect(plan({ method: 'POST', path: '/x', n: 999 })).toEqual(a[999]);
    expect(take(randomPlan(0.3, faults, 43), 1000)).not.toEqual(a);
  });

  it('injects at about the rate, drawing from every listed fault', () => {
    const got = take(randomPlan(0.3, faults, 7), 2000).filter((f) => f !== undefined);
    expect(got.length).toBeGreaterThan(450);
    expect(got.length).toBeLessThan(750);
    for (const f of faults) expect(got).toContainEqual(f);
    for (const f of got) expect(faults).toContainEqual(f);
    expect(take(randomPlan(0, faults, 7), 200).every((f) => f === undefined)).toBe(true);
    expect(take(randomPlan(1, faults, 7), 200).every((f) => f !== undefined)).toBe(true);
  });
});
