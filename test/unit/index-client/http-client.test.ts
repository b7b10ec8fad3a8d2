/**
 * The upload attempt and the JSON API reader against small real HTTP servers
 * on loopback that answer the way warehouse (or a failing gateway) does.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCoreMetadata, parseDistributionFilename, type DistributionInfo } from '../../../src/distributions/index.js';
import { fetchRelease, parseReleaseJson, RetryableUploadError, uploadAttempt } from '../../../src/index-client/index.js';
import { HttpStatusError } from '../../../src/http/index.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;
const servers: http.Server[] = [];
let dir: string | undefined;

async function serve(handler: Handler, readBody = true): Promise<string> {
  const server = http.createServer((req, res) => {
    if (!readBody) return handler(req, res, Buffer.alloc(0));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks)));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function dist(size = 100_000): Promise<DistributionInfo> {
  dir = await mkdtemp(join(tmpdir(), 'upload-attempt-'));
  const filename = 'demo-1.0-py3-none-any.whl';
  const path = join(dir, filename);
  await writeFile(path, Buffer.alloc(size, 7));
  return {
    path, filename, parsed: parseDistributionFilename(filename), size, sha256: 'a'.repeat(64), blake2b256: 'b'.repeat(64),
    metadata: parseCoreMetadata('Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'), problems: [],
  };
}

describe('uploadAttempt', () => {
  it('sends a known Content-Length, the credentials and the whole body', async () => {
    let seen: { length?: string; auth?: string; bytes: number; type?: string } = { bytes: 0 };
    const url = await serve((req, res, body) => {
      seen = { length: req.headers['content-length'], auth: req.headers.authorization, bytes: body.length, type: req.headers['content-type'] };
      res.writeHead(200, { Date: 'Tue, 24 Nov 2026 10:00:00 GMT' }).end('');
    });
    const answer = await uploadAttempt(await dist(), { uploadUrl: new URL(`${url}legacy/`), authorization: 'Basic abc' });
    // The index's clock comes back with the answer: a 200 is told apart from an identical re-upload's by it.
    expect(answer).toEqual({ kind: 'accepted', warnings: '', serverDate: new Date('2026-11-24T10:00:00Z') });
    expect(Number(seen.length)).toBe(seen.bytes);
    expect(seen.auth).toBe('Basic abc');
    expect(seen.type).toMatch(/^multipart\/form-data; boundary=[0-9a-f]{32}$/);
  });

  it('never follows a redirect, even one answered before the body was read', async () => {
    let posts = 0;
    const url = await serve((req, res) => {
      posts++;
      res.writeHead(308, { Location: '/legacy/' }).end();
      // As nginx's lingering close does: the rest of the body is read and dropped, so the
      // connection is not reset under the answer.
      req.resume();
    }, false);
    const answer = await uploadAttempt(await dist(4 * 1024 * 1024), { uploadUrl: new URL(`${url}legacy`) });
    expect(answer.kind).toBe('refused');
    expect(answer.kind === 'refused' && answer.message).toContain('Your repository URL is missing a trailing slash');
    expect(posts).toBe(1);
  });

  it('sorts answers: already exists, refused for good, worth retrying (and whether the index may have stored it)', async () => {
    const exists = "File already exists ('demo-1.0-py3-none-any.whl', with blake2_256 hash 'bb'). See https://pypi.org/help/#file-name-reuse for more information.";
    const answers: [number, string, Record<string, string>][] = [
      [400, exists, {}],
      [400, 'Invalid distribution file.', {}],
      [503, 'Backend is unhealthy', {}],
      [429, 'Too many requests', { 'Retry-After': '7' }],
    ];
    let i = 0;
    const url = await serve((_req, res) => {
      const [status, message, headers] = answers[i++];
      res.writeHead(status, message, headers).end(`<html><body>x<br/><br/>\n${message}\n</body></html>`);
    });
    const info = await dist();
    const target = { uploadUrl: new URL(`${url}legacy/`) };
    expect(await uploadAttempt(info, target)).toEqual({ kind: 'exists', message: exists });
    expect(await uploadAttempt(info, target)).toEqual({ kind: 'refused', status: 400, message: 'Invalid distribution file.' });
    const unhealthy = await uploadAttempt(info, target).catch((e: unknown) => e);
    expect(unhealthy).toBeInstanceOf(RetryableUploadError);
    expect((unhealthy as RetryableUploadError).ambiguous).toBe(true);
    const limited = await uploadAttempt(info, target).catch((e: unknown) => e) as RetryableUploadError;
    expect(limited.ambiguous).toBe(false);
    expect(limited.retryAfterMs).toBe(7000);
  });

  it('calls a connection dropped after the whole body was sent ambiguous, and one dropped early not', async () => {
    const afterBody = await serve((req) => req.socket.destroy());
    const e1 = await uploadAttempt(await dist(1000), { uploadUrl: new URL(`${afterBody}legacy/`) }).catch((e: unknown) => e) as RetryableUploadError;
    expect(e1).toBeInstanceOf(RetryableUploadError);
    expect(e1.ambiguous).toBe(true);
    await rm(dir!, { recursive: true, force: true });
    const early = await serve((req) => req.socket.resetAndDestroy(), false);
    const e2 = await uploadAttempt(await dist(8 * 1024 * 1024), { uploadUrl: new URL(`${early}legacy/`) }).catch((e: unknown) => e) as RetryableUploadError;
    expect(e2).toBeInstanceOf(RetryableUploadError);
    expect(e2.ambiguous).toBe(false);
  });
});

describe('fetchRelease', () => {
  const release = {
    info: {},
    urls: [{ filename: 'demo-1.0.tar.gz', digests: { sha256: 'A'.repeat(64), blake2b_256: 'c'.repeat(64) }, size: 10, packagetype: 'sdist', upload_time_iso_8601: '2026-01-02T03:04:05.000000Z', url: 'https://files.example/demo-1.0.tar.gz' }],
  };

  it('reads files, digests (lower-cased) and upload times; 404 means nothing there; follows a same-origin redirect', async () => {
    const seen: string[] = [];
    const url = await serve((req, res) => {
      seen.push(req.url!);
      // warehouse sends a version spelled another way to its canonical spelling
      if (req.url === '/pypi/demo/1.0.0/json') return res.writeHead(301, { Location: '/pypi/demo/1.0/json' }).end();
      if (req.url === '/pypi/demo/1.0/json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(release));
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message": "Not Found"}');
    });
    const got = await fetchRelease(new URL(`${url}pypi/`), 'demo', '1.0.0');
    expect(seen).toEqual(['/pypi/demo/1.0.0/json', '/pypi/demo/1.0/json']);
    expect(got.found).toBe(true);
    expect(got.source).toBe(`${url}pypi/demo/1.0/json`);
    expect(got.files).toEqual([{ filename: 'demo-1.0.tar.gz', sha256: 'a'.repeat(64), blake2b256: 'c'.repeat(64), size: 10, packagetype: 'sdist', uploadTime: new Date('2026-01-02T03:04:05Z'), url: 'https://files.example/demo-1.0.tar.gz' }]);
    expect((await fetchRelease(new URL(`${url}pypi/`), 'demo', '2.0')).found).toBe(false);
  });

  it('does not follow a redirect to another origin', async () => {
    const other = await serve((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(release)));
    const url = await serve((_req, res) => res.writeHead(302, { Location: `${other}pypi/demo/1.0/json` }).end());
    const err = await fetchRelease(new URL(`${url}pypi/`), 'demo', '1.0').catch((e: unknown) => e) as Error;
    expect(err.message).toContain(`redirected to ${other}pypi/demo/1.0/json; set json-api-url to the index's JSON API base`);
  });

  it('throws a retryable status error for 5xx and 429 with the server’s hint', async () => {
    const url = await serve((_req, res) => res.writeHead(429, { 'Retry-After': '3' }).end());
    const err = await fetchRelease(new URL(`${url}pypi/`), 'demo', '1.0').catch((e: unknown) => e) as HttpStatusError;
    expect(err).toBeInstanceOf(HttpStatusError);
    expect(err.status).toBe(429);
    expect(err.retryAfterMs).toBe(3000);
  });

  it('refuses a document that cannot verify files', () => {
    expect(() => parseReleaseJson('<html>', 'u')).toThrow('did not answer with JSON');
    expect(() => parseReleaseJson('{"info": {}}', 'u')).toThrow('no "urls" list');
    expect(() => parseReleaseJson('{"urls": [{"filename": "x"}]}', 'u')).toThrow('lacks a filename or a sha256 digest');
  });
});
