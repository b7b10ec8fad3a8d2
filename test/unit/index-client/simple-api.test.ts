import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fetchSimplePage,
  parseSimpleHtml,
  parseSimpleJson,
  projectPageUrl,
  readListedRelease,
  releaseFiles,
} from '../../../src/index-client/index.js';

const SHA = 'ab'.repeat(32);

describe('projectPageUrl', () => {
  it('asks for the normalized name, with or without a trailing slash on the index', () => {
    expect(projectPageUrl('https://pypi.org/simple/', 'Ray_Cpp.Extra')).toBe('https://pypi.org/simple/ray-cpp-extra/');
    expect(projectPageUrl('https://test.pypi.org/simple', 'ray')).toBe('https://test.pypi.org/simple/ray/');
  });
});

describe('parseSimpleHtml (PEP 503)', () => {
  const page = 'https://files.example/simple/demo/';
  it('reads every anchor: absolute URL without fragment, sha256, Requires-Python (unescaped), yanked', () => {
    const html = `<!DOCTYPE html><html><body>
      <a href="../../packages/demo-1.0-py3-none-any.whl#sha256=${SHA.toUpperCase()}" data-requires-python="&gt;=3.7">demo-1.0-py3-none-any.whl</a><br/>
      <a href='https://cdn.example/demo-1.0.tar.gz#md5=00' data-yanked>demo-1.0.tar.gz</a>
      <A HREF="demo-0.9-py2.py3-none-any.whl" data-yanked="broken &amp; withdrawn"><span>demo-0.9-py2.py3-none-any.whl</span></A>
      </body></html>
      <!--SERIAL 42-->`;
    const parsed = parseSimpleHtml(html, page);
    expect(parsed.format).toBe('html');
    expect(parsed.lastSerial).toBe(42);
    expect(parsed.files).toEqual([
      { filename: 'demo-1.0-py3-none-any.whl', url: 'https://files.example/packages/demo-1.0-py3-none-any.whl', sha256: SHA, requiresPython: '>=3.7', yanked: false },
      { filename: 'demo-1.0.tar.gz', url: 'https://cdn.example/demo-1.0.tar.gz', yanked: true },
      { filename: 'demo-0.9-py2.py3-none-any.whl', url: 'https://files.example/simple/demo/demo-0.9-py2.py3-none-any.whl', yanked: 'broken & withdrawn' },
    ]);
  });

  it('reads PEP 658/714 core metadata, PEP 740 provenance and the API version', () => {
    const html = `<html><head><meta name="pypi:repository-version" content="1.3"><title>Links for demo</title></head><body>
      <a href="/f/demo-1.0-py3-none-any.whl#sha256=${SHA}" data-core-metadata="sha256=${SHA.toUpperCase()}" data-provenance="/integrity/demo/1.0/demo-1.0-py3-none-any.whl/provenance">demo-1.0-py3-none-any.whl</a>
      <a href="/f/demo-0.9-py3-none-any.whl" data-dist-info-metadata="true">demo-0.9-py3-none-any.whl</a>
      </body></html>`;
    const parsed = parseSimpleHtml(html, 'https://idx.example/simple/demo/');
    expect(parsed.apiVersion).toBe('1.3');
    expect(parsed.files).toEqual([
      {
        filename: 'demo-1.0-py3-none-any.whl', url: 'https://idx.example/f/demo-1.0-py3-none-any.whl', sha256: SHA, yanked: false,
        coreMetadata: { sha256: SHA }, provenance: 'https://idx.example/integrity/demo/1.0/demo-1.0-py3-none-any.whl/provenance',
      },
      { filename: 'demo-0.9-py3-none-any.whl', url: 'https://idx.example/f/demo-0.9-py3-none-any.whl', yanked: false, coreMetadata: true },
    ]);
  });

  it('honours <base href> and names a file by its URL when the anchor has no text', () => {
    const html = '<html><head><base href="https://mirror.example/pkgs/"></head><body><a href="demo-2.0%2Blocal-py3-none-any.whl"></a></body></html>';
    expect(parseSimpleHtml(html, page).files).toEqual([
      { filename: 'demo-2.0+local-py3-none-any.whl', url: 'https://mirror.example/pkgs/demo-2.0%2Blocal-py3-none-any.whl', yanked: false },
    ]);
  });
});

describe('parseSimpleJson (PEP 691)', () => {
  it('reads files with relative URLs, hashes, Requires-Python, yanked reasons and sizes', () => {
    const parsed = parseSimpleJson({
      meta: { 'api-version': '1.1', '_last-serial': 7 },
      name: 'demo',
      files: [
        { filename: 'demo-1.0-py3-none-any.whl', url: '/files/demo-1.0-py3-none-any.whl', hashes: { sha256: SHA }, 'requires-python': '>=3.8', size: 1234, yanked: false },
        { filename: 'demo-0.1-py3-none-any.whl', url: 'https://other.example/demo-0.1-py3-none-any.whl#sha256=' + SHA, hashes: {}, yanked: 'security' },
        { filename: 42, url: 'ignored' },
      ],
    }, 'http://127.0.0.1:9/simple/demo/');
    expect(parsed).toEqual({
      url: 'http://127.0.0.1:9/simple/demo/',
      format: 'json',
      apiVersion: '1.1',
      lastSerial: 7,
      files: [
        { filename: 'demo-1.0-py3-none-any.whl', url: 'http://127.0.0.1:9/files/demo-1.0-py3-none-any.whl', sha256: SHA, requiresPython: '>=3.8', size: 1234, yanked: false },
        { filename: 'demo-0.1-py3-none-any.whl', url: 'https://other.example/demo-0.1-py3-none-any.whl', sha256: SHA, yanked: 'security' },
      ],
    });
  });

  it('reads PEP 700 upload times, core metadata and provenance links', () => {
    const parsed = parseSimpleJson({
      meta: { 'api-version': '1.3' },
      files: [{
        filename: 'demo-1.0.tar.gz', url: '/f/demo-1.0.tar.gz', hashes: { sha256: SHA, md5: 'AB'.repeat(16) }, size: 10,
        'upload-time': '2026-05-01T10:00:00.123456Z', 'core-metadata': false, provenance: null, yanked: false,
      }, {
        filename: 'demo-1.0-py3-none-any.whl', url: '/f/demo-1.0-py3-none-any.whl', hashes: { sha256: SHA }, 'upload-time': 'not a time',
        'dist-info-metadata': { sha256: SHA }, provenance: 'https://idx.example/integrity/x', yanked: false,
      }],
    }, 'https://idx.example/simple/demo/');
    expect(parsed.apiVersion).toBe('1.3');
    expect(parsed.files[0]).toEqual({ filename: 'demo-1.0.tar.gz', url: 'https://idx.example/f/demo-1.0.tar.gz', sha256: SHA, size: 10, uploadTime: new Date('2026-05-01T10:00:00.123Z'), yanked: false });
    expect(parsed.files[1]).toEqual({ filename: 'demo-1.0-py3-none-any.whl', url: 'https://idx.example/f/demo-1.0-py3-none-any.whl', sha256: SHA, coreMetadata: { sha256: SHA }, provenance: 'https://idx.example/integrity/x', yanked: false });
  });

  it('refuses an answer without a files list', () => {
    expect(() => parseSimpleJson({ projects: [] }, 'https://x.example/simple/demo/')).toThrow('no "files" list');
  });
});

describe('parseSimpleHtml on pages made to stall it', () => {
  // Each of these took the old patterns time in the square of the page's length (hours at a few MiB).
  it('reads the anchors before an anchor, a base or a meta tag that never closes, in one pass', () => {
    const good = `<a href="/f/demo-1.0-py3-none-any.whl#sha256=${SHA}">demo-1.0-py3-none-any.whl</a>`;
    for (const tail of ['<a href="x">'.repeat(200_000), '<a '.repeat(300_000), '<base '.repeat(300_000), '<meta '.repeat(300_000), `<a href="y">${'<'.repeat(1_000_000)}</a>`]) {
      const page = parseSimpleHtml(`${good}${tail}`, 'https://idx.example/simple/demo/');
      expect(page.files[0]!.filename).toBe('demo-1.0-py3-none-any.whl');
    }
  });
});

describe('fetchSimplePage over HTTP', () => {
  let server: Server;
  let base: string;
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      if (req.url === '/simple/Demo/') {
        res.writeHead(301, { Location: '/simple/demo/' });
        res.end();
      } else if (req.url === '/simple/demo/') {
        // An index that only speaks HTML, whatever the client asks for.
        res.writeHead(200, { 'Content-Type': 'text/html', 'X-PyPI-Last-Serial': '9' });
        res.end(`<a href="/f/demo-1.0-py3-none-any.whl#sha256=${SHA}">demo-1.0-py3-none-any.whl</a>`);
      } else if (req.url === '/simple/json/') {
        res.writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' });
        res.end(JSON.stringify({ meta: { '_last-serial': 3 }, files: [{ filename: 'json-1.0-py3-none-any.whl', url: 'x.whl', hashes: {} }] }));
      } else if (req.url === '/simple/notapage/') {
        res.writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' });
        res.end(JSON.stringify({ projects: [] }));
      } else if (req.url === '/simple/mixed/') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end([
          `<a href="/f/mixed-1.0-py3-none-any.whl#sha256=${SHA}">mixed-1.0-py3-none-any.whl</a>`,
          '<a href="/f/mixed-1.0.tar.gz#md5=00">mixed-1.0.tar.gz</a>',
          `<a href="/f/mixed-1.1-py3-none-any.whl#sha256=${SHA}">mixed-1.1-py3-none-any.whl</a>`,
          '<a href="/f/other-1.0-py3-none-any.whl">other-1.0-py3-none-any.whl</a>',
          '<a href="/about">about this index</a>',
        ].join('\n'));
      } else if (req.url === '/simple/signin/') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html><title>Sign in</title><form method="post"><input name="user"><input type="password" name="pw"></form></html>');
      } else if (req.url === '/simple/broken/') {
        res.writeHead(503, { 'Retry-After': '7' });
        res.end('busy');
      } else {
        res.writeHead(404);
        res.end('not here');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses a sign-in page answered with 200 instead of taking it for a project with no files', async () => {
    await expect(fetchSimplePage(`${base}/simple/signin/`)).rejects.toThrow(
      `${base}/simple/signin/ answered a sign-in page (a form with a password field, and no links), not a project page of a simple index. Check index-url and the credentials for it.`,
    );
  });

  it('asks for JSON first, reads the HTML it gets, follows redirects and keeps credentials out of the URL', async () => {
    const answer = await fetchSimplePage(`http://user:s3cret@127.0.0.1:${base.split(':')[2]}/simple/Demo/`);
    expect(answer).toMatchObject({ found: true, page: { format: 'html', url: `${base}/simple/demo/`, lastSerial: 9 } });
    if (!answer.found) throw new Error('unreachable');
    expect(answer.page.files[0]).toMatchObject({ filename: 'demo-1.0-py3-none-any.whl', url: `${base}/f/demo-1.0-py3-none-any.whl`, sha256: SHA });
    const [first, second] = seen.slice(-2);
    expect(first!.headers.accept).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
    expect(first!.headers['cache-control']).toBe('no-cache');
    expect(first!.headers.authorization).toBe(`Basic ${Buffer.from('user:s3cret').toString('base64')}`);
    expect(second!.headers.authorization).toBe(first!.headers.authorization); // same origin
  });

  it('reads PEP 691 JSON', async () => {
    const answer = await fetchSimplePage(`${base}/simple/json/`);
    expect(answer).toMatchObject({ found: true, page: { format: 'json', lastSerial: 3, files: [{ filename: 'json-1.0-py3-none-any.whl', url: `${base}/simple/json/x.whl` }] } });
  });

  it('sends the given credentials to the page\'s origin, but those in the URL come first', async () => {
    await fetchSimplePage(`${base}/simple/demo/`, { authorization: 'Basic Z2l2ZW46cHc=' });
    expect(seen[seen.length - 1]!.headers.authorization).toBe('Basic Z2l2ZW46cHc=');
    await fetchSimplePage(`http://u:p@127.0.0.1:${base.split(':')[2]}/simple/demo/`, { authorization: 'Basic Z2l2ZW46cHc=' });
    expect(seen[seen.length - 1]!.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('refuses JSON that is no project page, naming the URL', async () => {
    await expect(fetchSimplePage(`${base}/simple/notapage/`)).rejects.toThrow(`${base}/simple/notapage/ answered with JSON that is not a PEP 691 project page`);
  });

  it('narrows a page to one release, and says which files it lists without a sha256', async () => {
    const release = await readListedRelease(new URL(`${base}/simple/`), 'Mixed', '1.0.0');
    expect(release).toEqual({
      found: true,
      source: `${base}/simple/mixed/`,
      files: [{ filename: 'mixed-1.0-py3-none-any.whl', sha256: SHA, url: `${base}/f/mixed-1.0-py3-none-any.whl`, packagetype: 'bdist_wheel' }],
      unhashed: ['mixed-1.0.tar.gz'],
    });
    expect(await readListedRelease(new URL(`${base}/simple/`), 'missing', '1.0')).toEqual({ found: false, files: [], source: `${base}/simple/missing/`, projectMissing: true });
    expect((await readListedRelease(new URL(`${base}/simple/`), 'mixed', '2.0')).found).toBe(false);
  });

  it('reports 404 as "not listed" and throws other failures with the status', async () => {
    await expect(fetchSimplePage(`${base}/simple/missing/`)).resolves.toEqual({ found: false, status: 404, url: `${base}/simple/missing/` });
    await expect(fetchSimplePage(`${base}/simple/broken/`)).rejects.toMatchObject({ status: 503, retryAfterMs: 7000 });
  });
});

describe('releaseFiles', () => {
  it('keeps the files whose name says this project and, under PEP 440, this version', () => {
    const file = (filename: string) => ({ filename, url: `https://x.example/${filename}`, yanked: false });
    const files = ['demo_pkg-1.0-py3-none-any.whl', 'Demo.Pkg-1.0.0.tar.gz', 'demo_pkg-1.0.1-py3-none-any.whl', 'demo_other-1.0-py3-none-any.whl', 'index.html'].map(file);
    expect(releaseFiles(files, 'demo-pkg', '1.0').map((f) => f.filename)).toEqual(['demo_pkg-1.0-py3-none-any.whl', 'Demo.Pkg-1.0.0.tar.gz']);
  });
});
