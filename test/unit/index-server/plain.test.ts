/**
 * The embedded index in plain mode, the stand-in for pypiserver, Artifactory,
 * Nexus, GitLab, CodeArtifact: the simple API as HTML only, no JSON API, 409
 * for any filename it holds, users with passwords needed for every request.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/log.js';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { buildSdist, buildWheel, tempDir, upload } from './builders.js';

const ALICE = { user: 'alice', password: 'wonder-land-pw' };
const basic = (a: { user: string; password: string }): string => `Basic ${Buffer.from(`${a.user}:${a.password}`).toString('base64')}`;

let dir: { path: string; remove(): Promise<void> };
let index: LocalIndex;
let log: MemoryLogger;

beforeEach(async () => {
  dir = await tempDir();
  log = new MemoryLogger();
  index = await startLocalIndex({ dir: dir.path, mode: 'plain', users: { [ALICE.user]: ALICE.password }, token: 'idx-token', log });
});

afterEach(async () => {
  await index.close();
  await dir.remove();
});

describe('plain mode', () => {
  it('takes uploads at its root, as pypiserver does, and at /legacy/', async () => {
    expect(index.uploadUrl).toBe(index.url);
    expect(index.jsonUrl).toBeUndefined();
    expect((await upload(index.url, await buildWheel(), { auth: ALICE, path: '/' })).status).toBe(200);
    expect((await upload(index.url, await buildSdist(), { auth: ALICE })).status).toBe(200);
    expect(index.files().map((f) => f.filename)).toEqual(['demo_pkg-1.0-py3-none-any.whl', 'demo_pkg-1.0.tar.gz']);
  });

  it('answers 409 for a filename it holds, whether the bytes are the same or not', async () => {
    const wheel = await buildWheel();
    expect((await upload(index.url, wheel, { auth: ALICE })).status).toBe(200);
    for (const again of [wheel, await buildWheel({ payload: 'other bytes' })]) {
      const res = await upload(index.url, again, { auth: ALICE });
      expect(res.status).toBe(409);
      expect(res.statusText).toBe("Package 'demo_pkg-1.0-py3-none-any.whl' already exists!");
      expect(await res.text()).toContain("<h1>409 Package &#x27;demo_pkg-1.0-py3-none-any.whl&#x27; already exists!</h1>");
    }
    expect(index.files()).toHaveLength(1);
  });

  it('knows none of PyPI\'s release rules: a second sdist of a release is stored', async () => {
    expect((await upload(index.url, await buildSdist(), { auth: ALICE })).status).toBe(200);
    const zip = await buildSdist();
    const res = await upload(index.url, zip, { auth: ALICE, filename: 'demo_pkg-1.0.zip' });
    expect(res.status).not.toBe(409);
  });

  it('serves its simple pages as HTML whatever the client asks for, without serials or upload times', async () => {
    await upload(index.url, await buildWheel({ requiresPython: '>=3.8' }), { auth: ALICE });
    const res = await fetch(`${index.simpleUrl}demo-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json', Authorization: basic(ALICE) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-pypi-last-serial')).toBeNull();
    const html = await res.text();
    expect(html).toMatch(/<a href="[^"]+demo_pkg-1\.0-py3-none-any\.whl#sha256=[0-9a-f]{64}" data-requires-python="&gt;=3\.8">/);
    expect(html).not.toContain('SERIAL');
    expect(html).toContain('<meta name="pypi:repository-version" content="1.0">');
  });

  it('has no JSON API, no Integrity API and no trusted publishing', async () => {
    await upload(index.url, await buildWheel(), { auth: ALICE });
    for (const path of ['pypi/demo-pkg/json', 'pypi/demo-pkg/1.0/json', 'integrity/demo-pkg/1.0/demo_pkg-1.0-py3-none-any.whl/provenance', '_/oidc/audience']) {
      expect((await fetch(new URL(path, index.url), { headers: { Authorization: basic(ALICE) } })).status).toBe(404);
    }
  });

  it('needs a user for every request, reads and downloads included; the token is the user __token__', async () => {
    await upload(index.url, await buildWheel(), { auth: ALICE });
    const file = index.files()[0]!;
    for (const path of ['', 'simple/', 'simple/demo-pkg/', `files/${file.path.slice('files/'.length)}`]) {
      const url = new URL(path, index.url);
      const anonymous = await fetch(url);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="pypi"');
      expect((await fetch(url, { headers: { Authorization: basic({ ...ALICE, password: 'wrong' }) } })).status).toBe(401);
      expect((await fetch(url, { headers: { Authorization: basic(ALICE) } })).status).toBe(200);
      expect((await fetch(url, { headers: { Authorization: basic({ user: '__token__', password: 'idx-token' }) } })).status).toBe(200);
    }
    expect((await upload(index.url, await buildWheel({ version: '2.0' }), { auth: null })).status).toBe(401);
    expect((await upload(index.url, await buildWheel({ version: '2.0' }), { auth: { user: 'mallory', password: ALICE.password } })).status).toBe(401);
    expect(index.files()).toHaveLength(1);
  });
});

describe('index modes: what does not go together', () => {
  it('refuses users in PyPI mode and trusted publishing in plain mode', async () => {
    await expect(startLocalIndex({ dir: dir.path, users: { bob: 'pw' } })).rejects.toThrow('Users with passwords need the plain mode');
    await expect(startLocalIndex({ dir: dir.path, mode: 'plain', users: { 'b:ob': 'pw' } })).rejects.toThrow('a name without ":"');
    await expect(startLocalIndex({ dir: dir.path, mode: 'plain', trustedPublishing: { routes: [], acceptToken: () => false, publisherOf: () => undefined } as never }))
      .rejects.toThrow('the plain mode has none');
  });

  it('an open plain index takes uploads and reads from anyone', async () => {
    const open = await startLocalIndex({ dir: (await tempDir()).path, mode: 'plain' });
    try {
      expect((await upload(open.url, await buildWheel(), { auth: null })).status).toBe(200);
      expect((await fetch(`${open.simpleUrl}demo-pkg/`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
