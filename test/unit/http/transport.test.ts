import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isTransientNetworkError, readText, request, type HttpResponse } from '../../../src/http/index.js';

const BIG = randomBytes(4 * 1024 * 1024);

async function readAll(res: HttpResponse, delayMs = 0): Promise<Buffer> {
  const reader = res.body!.getReader();
  const chunks: Buffer[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  }
  return Buffer.concat(chunks);
}

describe('the transport (node:http)', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/big-close') {
        // What moto and many CDNs do: the whole body, then FIN.
        res.writeHead(200, { 'content-length': BIG.length, connection: 'close', 'x-echo': String(req.headers['x-test'] ?? '') });
        res.end(BIG);
      } else if (path === '/redirect') {
        res.writeHead(302, { location: '/elsewhere', 'content-length': 0 });
        res.end();
      } else if (path === '/empty') {
        res.writeHead(204);
        res.end();
      } else if (path === '/reset') {
        res.writeHead(200, { 'content-length': 1000 });
        res.write(Buffer.alloc(100), () => setTimeout(() => res.socket?.resetAndDestroy(), 10));
      } else if (path === '/truncate') {
        res.writeHead(200, { 'content-length': 1000 });
        res.write(Buffer.alloc(100), () => setTimeout(() => res.socket?.end(), 10));
      } else if (path === '/hang') {
        res.writeHead(200, { 'content-length': 1000 });
        res.write(Buffer.alloc(10));
      } else {
        res.writeHead(404);
        res.end('nope');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('streams a whole body that the server ends with FIN while the reader is slower than the network', async () => {
    const res = await request(`${base}/big-close`, { headers: { 'X-Test': 'yes' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-echo')).toBe('yes');
    expect(res.headers.get('content-length')).toBe(String(BIG.length));
    expect((await readAll(res, 2)).equals(BIG)).toBe(true);
  });

  it('returns redirects and null-body answers as they are', async () => {
    const r = await request(`${base}/redirect`, { redirect: 'manual' });
    expect([r.status, r.headers.get('location')]).toEqual([302, '/elsewhere']);
    await r.body?.cancel();
    const e = await request(`${base}/empty`);
    expect([e.status, e.body]).toEqual([204, null]);
    const n = await request(`${base}/missing`);
    expect([n.status, await readText(n, { maxBytes: 1024 })]).toEqual([404, 'nope']);
  });

  it('fails a reset or cut body with an error the retry policy calls transient', async () => {
    for (const path of ['/reset', '/truncate']) {
      const res = await request(`${base}${path}`);
      const err = await readAll(res).then(() => 'no error', (e: unknown) => e);
      // Node's own errors come from another realm under jest's VM, so they are read by shape.
      expect(err).toMatchObject({ code: 'ECONNRESET' });
      expect(isTransientNetworkError(err)).toBe(true);
    }
    const refused = await request('http://127.0.0.1:9/').catch((e: unknown) => e);
    expect(isTransientNetworkError(refused)).toBe(true);
  });

  it('stops when its signal aborts, mid-body', async () => {
    const controller = new AbortController();
    const res = await request(`${base}/hang`, { signal: controller.signal });
    const reading = readAll(res).catch((e: unknown) => e);
    controller.abort(new Error('enough'));
    expect(await reading).toMatchObject({ message: 'enough' });
    const early = new AbortController();
    early.abort(new Error('before'));
    expect(await request(`${base}/hang`, { signal: early.signal }).catch((e: unknown) => e)).toMatchObject({ message: 'before' });
  });
});
