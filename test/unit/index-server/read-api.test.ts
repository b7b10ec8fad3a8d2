import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { negotiate } from '../../../src/index-server/simple.js';
import { parseRange } from '../../../src/index-server/files.js';
import { buildSdist, buildWheel, FakeClock, hashes, tempDir, upload, type Dist } from './builders.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const PIP_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01';

let dir: { path: string; remove(): Promise<void> };
let index: LocalIndex;
let clock: FakeClock;

beforeEach(async () => {
  dir = await tempDir();
  clock = new FakeClock();
  index = await startLocalIndex({ dir: dir.path, now: clock.now, delaySeconds: 120 });
});

afterEach(async () => {
  await index.close();
  await dir.remove();
});

async function put(dist: Dist, fields: Record<string, string | string[] | undefined> = {}): Promise<void> {
  const res = await upload(index.url, dist, { fields });
  expect(res.status).toBe(200);
}

const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(new URL(path, index.url), { headers, redirect: 'manual' });

describe('simple API (PEP 503 / PEP 691)', () => {
  it('hides a new file for the propagation delay, then lists it', async () => {
    await put(await buildWheel({ requiresPython: '>=3.8' }));
    expect((await get('simple/demo-pkg/')).status).toBe(404);
    expect(await (await get('simple/')).text()).not.toContain('demo-pkg');
    clock.advance(119);
    expect((await get('simple/demo-pkg/')).status).toBe(404);
    clock.advance(1);
    const res = await get('simple/demo-pkg/');
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toBe('Accept');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await (await get('simple/')).text()).toContain('<a href="/simple/demo-pkg/">demo_pkg</a>');
  });

  it('shows the JSON API at once, before the delay', async () => {
    await put(await buildWheel());
    const res = await get('pypi/demo-pkg/json');
    expect(res.status).toBe(200);
    expect((await res.json() as { urls: unknown[] }).urls).toHaveLength(1);
    expect((await get('simple/demo-pkg/')).status).toBe(404);
  });

  it('writes PEP 503 anchors with a relative URL, the sha256 fragment and escaped Requires-Python', async () => {
    const wheel = await buildWheel({ requiresPython: '>=2.7,!=3.0.*' });
    await put(wheel);
    clock.advance(120);
    const html = await (await get('simple/demo-pkg/')).text();
    const h = await hashes(wheel.bytes);
    const stored = index.files()[0];
    expect(html).toContain('<meta name="pypi:repository-version" content="1.3">');
    expect(html).toContain(
      `<a href="../../${stored.path}#sha256=${h.sha256}" data-requires-python="&gt;=2.7,!=3.0.*">${wheel.filename}</a><br />`,
    );
    expect(html).toMatch(/<!--SERIAL 1-->/);
    // The relative link resolves to the stored bytes.
    const href = /href="([^"#]+)/.exec(html)![1];
    const file = await fetch(new URL(href, new URL('simple/demo-pkg/', index.url)));
    expect(Buffer.from(await file.arrayBuffer())).toEqual(wheel.bytes);
  });

  it('answers PEP 691 JSON to pip\'s Accept header', async () => {
    const wheel = await buildWheel();
    const sdist = await buildSdist();
    await put(wheel);
    await put(sdist);
    await put(await buildWheel({ version: '1.10' }));
    await put(await buildWheel({ version: '1.9' }));
    clock.advance(120);
    const res = await get('simple/demo-pkg/', { Accept: PIP_ACCEPT });
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    const body = await res.json() as { meta: Record<string, unknown>; name: string; versions: string[]; files: Record<string, unknown>[] };
    expect(body.meta['api-version']).toBe('1.3');
    expect(body.name).toBe('demo-pkg');
    expect(body.versions).toEqual(['1.0', '1.9', '1.10']);
    const first = body.files[0];
    expect(first).toEqual({
      filename: wheel.filename,
      url: `${index.url}${index.files()[0].path}`,
      hashes: { sha256: (await hashes(wheel.bytes)).sha256 },
      'requires-python': null,
      size: wheel.bytes.length,
      'upload-time': '2026-03-01T12:00:00.000Z',
      yanked: false,
      provenance: null,
    });
    expect(body.files.map((f) => f.filename)).toEqual([wheel.filename, sdist.filename, 'demo_pkg-1.9-py3-none-any.whl', 'demo_pkg-1.10-py3-none-any.whl']);
  });

  it('redirects non-normalized names to the normalized URL and 404s unknown projects', async () => {
    await put(await buildWheel());
    clock.advance(120);
    const res = await get('simple/Demo_Pkg/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/simple/demo-pkg/');
    expect((await get('simple/demo-pkg')).headers.get('location')).toBe('/simple/demo-pkg/');
    expect((await get('simple/nothing-here/')).status).toBe(404);
    expect((await get('simple/nothing-here/')).headers.get('vary')).toBe('Accept');
  });

  it('lists projects as JSON too', async () => {
    await put(await buildWheel());
    clock.advance(120);
    const body = await (await get('simple/', { Accept: JSON_TYPE })).json() as { projects: { name: string }[] };
    expect(body.projects.map((p) => p.name)).toEqual(['demo_pkg']);
  });

  it.each([
    [undefined, 'html'],
    ['text/html', 'html'],
    [PIP_ACCEPT, 'json'],
    ['application/vnd.pypi.simple.v1+json;q=0.5, text/html;q=0.9', 'html'],
    ['application/vnd.pypi.simple.latest+json', 'json'],
    ['*/*', 'html'],
    ['image/png', 'html'],
  ])('negotiates %j as %s', (accept, format) => {
    expect(negotiate(accept).format).toBe(format);
  });
});

describe('JSON API', () => {
  it('dates its answers, uploads included, by the same clock as the upload times it lists', async () => {
    const res = await upload(index.url, await buildWheel(), {});
    expect(res.status).toBe(200);
    expect(res.headers.get('date')).toBe('Sun, 01 Mar 2026 12:00:00 GMT');
    clock.advance(90);
    const listing = await get('pypi/demo-pkg/json');
    expect(listing.headers.get('date')).toBe('Sun, 01 Mar 2026 12:01:30 GMT');
    const files = (await listing.json() as { urls: { upload_time_iso_8601: string }[] }).urls;
    expect(files.map((f) => f.upload_time_iso_8601)).toEqual(['2026-03-01T12:00:00.000Z']);
  });

  it('describes the project with info from the first upload of the latest release', async () => {
    const wheel = await buildWheel({ summary: 'first summary', requiresPython: '>=3.8' });
    await put(wheel, {
      project_urls: ['Source, https://example.com/src', 'Docs, https://example.com/docs'],
      requires_dist: ['requests>=2', 'attrs'],
      author: 'Ada',
    });
    await put(await buildSdist({ summary: 'second summary' }));
    await put(await buildWheel({ version: '2.0rc1' }));
    const res = await get('pypi/demo-pkg/json');
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json() as { info: Record<string, unknown>; urls: Record<string, unknown>[]; releases: Record<string, unknown[]>; last_serial: number };
    expect(body.info).toMatchObject({
      name: 'demo_pkg',
      version: '1.0',
      summary: 'first summary',
      requires_python: '>=3.8',
      author: 'Ada',
      classifiers: ['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License'],
      requires_dist: ['requests>=2', 'attrs'],
      project_urls: { Source: 'https://example.com/src', Docs: 'https://example.com/docs' },
      yanked: false,
    });
    expect(Object.keys(body.releases)).toEqual(['1.0', '2.0rc1']);
    expect(body.last_serial).toBe(3);
    const h = await hashes(wheel.bytes);
    expect(body.urls[0]).toEqual({
      comment_text: null,
      digests: { blake2b_256: h.blake2b256, md5: h.md5, sha256: h.sha256 },
      downloads: -1,
      filename: wheel.filename,
      has_sig: false,
      md5_digest: h.md5,
      packagetype: 'bdist_wheel',
      python_version: 'py3',
      requires_python: '>=3.8',
      size: wheel.bytes.length,
      upload_time: '2026-03-01T12:00:00',
      upload_time_iso_8601: '2026-03-01T12:00:00.000Z',
      url: `${index.url}${index.files()[0].path}`,
      yanked: false,
      yanked_reason: null,
    });
    expect(body.urls.map((u) => u.packagetype)).toEqual(['bdist_wheel', 'sdist']);
  });

  it('serves one release, matching versions by PEP 440 equality, without releases', async () => {
    await put(await buildWheel());
    await put(await buildWheel({ version: '2.0' }));
    const body = await (await get('pypi/demo-pkg/1.0.0/json')).json() as Record<string, unknown>;
    expect((body.info as Record<string, unknown>).version).toBe('1.0');
    expect(body.releases).toBeUndefined();
    expect((body.urls as unknown[]).length).toBe(1);
    expect((await get('pypi/demo-pkg/3.0/json')).status).toBe(404);
  });

  it('404s unknown projects and redirects non-normalized names', async () => {
    expect((await get('pypi/nothing/json')).status).toBe(404);
    await put(await buildWheel());
    const res = await get('pypi/Demo.Pkg/json');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/pypi/demo-pkg/json');
    expect((await get('pypi/Demo.Pkg/1.0/json')).headers.get('location')).toBe('/pypi/demo-pkg/1.0/json');
  });
});

describe('files', () => {
  it('serves stored bytes with length, ranges and HEAD', async () => {
    const wheel = await buildWheel({ payload: 'z'.repeat(5000) });
    await put(wheel);
    const url = new URL(index.files()[0].path, index.url);
    const full = await fetch(url);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-length')).toBe(String(wheel.bytes.length));
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await full.arrayBuffer())).toEqual(wheel.bytes);

    const part = await fetch(url, { headers: { Range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${wheel.bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(wheel.bytes.subarray(10, 20));

    const tail = await fetch(url, { headers: { Range: 'bytes=-5' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(wheel.bytes.subarray(-5));

    const beyond = await fetch(url, { headers: { Range: `bytes=${wheel.bytes.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${wheel.bytes.length}`);

    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(wheel.bytes.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves only recorded paths', async () => {
    await put(await buildWheel());
    expect((await get('files/../state.json')).status).toBe(404);
    expect((await get('files/%2e%2e/state.json')).status).toBe(404);
    expect((await get(`${index.files()[0].path}.x`)).status).toBe(404);
  });

  it.each([
    ['bytes=0-0', 10, { start: 0, end: 0 }],
    ['bytes=5-', 10, { start: 5, end: 9 }],
    ['bytes=5-100', 10, { start: 5, end: 9 }],
    ['bytes=-3', 10, { start: 7, end: 9 }],
    ['bytes=-30', 10, { start: 0, end: 9 }],
    ['bytes=10-', 10, null],
    ['bytes=4-2', 10, null],
    ['bytes=0-1,4-5', 10, undefined],
    ['items=0-1', 10, undefined],
  ])('range %s of %d bytes', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('routing', () => {
  it('answers 405 with Allow for a known path and a wrong method, 404 elsewhere', async () => {
    const res = await fetch(new URL('simple/', index.url), { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect((await get('nowhere')).status).toBe(404);
    expect((await get('legacy/')).status).toBe(200);
  });

  it('lets extra routes in first', async () => {
    const extra = await startLocalIndex({
      dir: `${dir.path}/extra`,
      routes: [{ methods: ['GET'], path: '/_/oidc/audience', handle: (_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"audience":"testpypi"}'); } }],
    });
    try {
      expect(await (await fetch(new URL('_/oidc/audience', extra.url))).json()).toEqual({ audience: 'testpypi' });
    } finally {
      await extra.close();
    }
  });
});
