/**
 * The publishing orchestration called directly (as the CLI and the rehearsal
 * would), where the retry limits can be made short: an index that never
 * recovers is given up on after a bounded number of attempts, and the result
 * says what happened to every file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryLogger } from '../../../src/log.js';
import { resolveEndpoints } from '../../../src/index-client/index.js';
import { publish, PublishFailed, type PublishRequest } from '../../../src/commands/pypi-publish/publish.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { duplicateUploads, makeReleaseSet, publishRequest, startTestIndex, tempDir, TOKEN, type ReleaseSet, type TestIndex } from './helpers.js';

let set: ReleaseSet;
let t: TestIndex;
let proxy: FaultProxy;

beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('domain'), { pythons: ['cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64'] });
  t = await startTestIndex();
  proxy = await startFaultProxy(t.index.url, (r) => (r.method === 'POST' ? '503' : undefined));
});
afterAll(async () => {
  await proxy.close();
  await t.close();
  await rm(set.dir, { recursive: true, force: true });
});

it('gives up after the attempt limit, reports every file and uploads nothing further', async () => {
  const log = new MemoryLogger();
  const masked: string[] = [];
  const failure = await publish(publishRequest(resolveEndpoints(`${proxy.url.replace(/\/$/, '')}/legacy/`), set.dir, {
    mask: (s) => masked.push(s),
    log,
    retry: { upload: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 } },
  })).then(() => undefined, (e: unknown) => e);
  expect(failure).toBeInstanceOf(PublishFailed);
  const err = failure as PublishFailed;
  expect(err.message).toContain('1 upload failed and 2 files were not attempted');
  expect(err.message).toContain('503 fault injected by test proxy');
  expect(err.message).toContain('no attempt left within the retry limits');
  // The first file of a new release creates it, and was tried three times. The other wheel travelled
  // meanwhile but held back its last bytes; when the first failed it was abandoned incomplete, unanswered.
  const posts = proxy.requests.filter((r) => r.method === 'POST');
  expect(posts.filter((r) => r.status === 503)).toHaveLength(3);
  for (const held of posts.filter((r) => r.status !== 503)) expect(held).toMatchObject({ forwarded: false, responseBytes: 0 });
  expect(posts.length).toBeLessThanOrEqual(4);
  // Between attempts the index's simple page was asked whether the file had arrived after all (a 5xx is ambiguous).
  expect(proxy.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/simple/')).length).toBeGreaterThanOrEqual(3);
  expect(err.result?.files.map((f) => f.status).sort()).toEqual(['failed', 'not-attempted', 'not-attempted']);
  expect(masked).toContain(TOKEN);
  expect(t.index.files()).toEqual([]);
});

/**
 * A simple index in front of the index whose first `stale` reads answer 404, as a CDN that has not
 * seen the release yet; later reads are passed through (with their Accept header, so PEP 691 JSON
 * with upload times comes back).
 */
async function staleSimpleApi(indexUrl: string, stale: number, opts: { htmlOnly?: boolean } = {}): Promise<{ simpleUrl: URL; close(): Promise<void> }> {
  let reads = 0;
  const server: Server = createServer((req, res) => {
    if (reads++ < stale) {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('Not Found');
      return;
    }
    // htmlOnly: an index without PEP 691, whose pages carry no upload times.
    void fetch(new URL(req.url!, indexUrl), { headers: { Accept: opts.htmlOnly ? 'text/html' : (req.headers.accept ?? '*/*') } }).then(async (answer) => {
      res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'text/html' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    }, () => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { simpleUrl: new URL(`http://127.0.0.1:${port}/simple/`), close: () => new Promise((r) => server.close(() => r())) };
}

describe('a 200 for a file the index already had (its listing was stale during the preflight)', () => {
  let small: ReleaseSet;
  let index: TestIndex;
  let skewMs = 0;

  beforeAll(async () => {
    small = await makeReleaseSet(await tempDir('stale'), { pythons: ['cp311'], platforms: ['win_amd64'], sdist: true });
  });
  afterAll(async () => {
    await rm(small.dir, { recursive: true, force: true });
  });

  const request = (skipExisting: boolean, simpleUrl: URL | undefined, log: MemoryLogger): PublishRequest =>
    publishRequest(resolveEndpoints(index.index.uploadUrl, simpleUrl ? { simpleUrl } : {}), small.dir, { skipExisting, log, listingPatienceMs: 5000 });

  /** The set published a minute ago (by the index's clock), then read through a stale listing. */
  async function publishedEarlier(): Promise<{ simpleUrl: URL; close(): Promise<void> }> {
    index = await startTestIndex({ now: () => new Date(Date.now() + skewMs) });
    skewMs = -60_000;
    const first = await publish(request(true, undefined, new MemoryLogger()));
    expect(first.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    skewMs = 0;
    return staleSimpleApi(index.index.url, 1);
  }

  it('counts the file as skipped, not uploaded, after comparing upload times', async () => {
    const stale = await publishedEarlier();
    try {
      const log = new MemoryLogger();
      const result = await publish(request(true, stale.simpleUrl, log));
      // The stale listing showed nothing, so both files were sent and the index answered 200 for each.
      expect(duplicateUploads(index.log)).toHaveLength(2);
      expect(result.files.map((f) => [f.filename, f.status])).toEqual(small.filenames.map((f) => [f, 'skipped']));
      expect(log.text()).toMatch(/was already on the index \(uploaded [^)]+, before this run sent it\): its 200 answered an identical re-upload/);
    } finally {
      await stale.close();
      await index.close();
    }
  });

  it('fails with skip-existing false, and still reports every file', async () => {
    const stale = await publishedEarlier();
    try {
      const failure = await publish(request(false, stale.simpleUrl, new MemoryLogger())).then(() => undefined, (e: unknown) => e);
      expect(failure).toBeInstanceOf(PublishFailed);
      const err = failure as PublishFailed;
      expect(err.message).toContain('already on the index with the same sha256 before this run sent them');
      expect(err.message).toContain('skip-existing is false');
      expect(err.result?.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
    } finally {
      await stale.close();
      await index.close();
    }
  });

  it('with skip-existing false, refuses a "400 File already exists" for a file that was there before', async () => {
    const stale = await publishedEarlier();
    // An index that answers as pypiserver and Artifactory do for a file they hold.
    const refusing = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(400, 'File already exists', { 'Content-Type': 'text/plain' }).end('File already exists.'));
    });
    await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', r));
    try {
      const uploadUrl = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/legacy/`;
      const failure = await publish({ ...request(false, stale.simpleUrl, new MemoryLogger()), index: resolveEndpoints(uploadUrl, { simpleUrl: stale.simpleUrl }) })
        .then(() => undefined, (e: unknown) => e);
      expect(failure).toBeInstanceOf(PublishFailed);
      const err = failure as PublishFailed;
      expect(err.message).toMatch(/is already on the index with the same sha256 [0-9a-f]{64} \(the index's listing did not show it during the preflight\), and skip-existing is false/);
      expect(err.result?.files.map((f) => f.status)).toContain('failed');
    } finally {
      await new Promise((r) => refusing.close(r));
      await stale.close();
      await index.close();
    }
  });

  it('counts files it sent itself as uploaded', async () => {
    index = await startTestIndex();
    const stale = await staleSimpleApi(index.index.url, 1);
    try {
      const result = await publish(request(false, stale.simpleUrl, new MemoryLogger()));
      expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
      expect(duplicateUploads(index.log)).toEqual([]);
    } finally {
      await stale.close();
      await index.close();
    }
  });
});

it('keeps every file\'s result when the check after the upload cannot read the index', async () => {
  const t2 = await startTestIndex();
  // The preflight and the upload pass; every read after the uploads answers 503.
  let posts = 0;
  const p = await startFaultProxy(t2.index.url, (r) => {
    if (r.method === 'POST') posts++;
    return r.method === 'GET' && posts >= 2 ? '503' : undefined;
  });
  const small = await makeReleaseSet(await tempDir('unverified'), { pythons: ['cp311'], platforms: ['win_amd64'], sdist: true });
  try {
    const failure = await publish(publishRequest(resolveEndpoints(`${p.url.replace(/\/$/, '')}/legacy/`), small.dir, {
      retry: { read: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } },
    })).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(PublishFailed);
    const err = failure as PublishFailed;
    expect(err.message).toContain('Could not read what the index holds');
    expect(err.result?.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(t2.index.files()).toHaveLength(2);
  } finally {
    await p.close();
    await t2.close();
    await rm(small.dir, { recursive: true, force: true });
  }
});

it('takes upload times from PyPI\'s JSON API when the simple pages give none, and refuses new files for a release older than 14 days', async () => {
  const dir = await tempDir('closed-json');
  const old = await makeReleaseSet(await tempDir('closed-json-old'), { pythons: ['cp311'], platforms: ['win_amd64'], sdist: false });
  const past = await startTestIndex({ dir, now: () => new Date(Date.now() - 20 * 24 * 3600 * 1000) });
  try {
    await publish(publishRequest(resolveEndpoints(past.index.uploadUrl), old.dir));
  } finally {
    await past.close();
  }
  const now = await startTestIndex({ dir });
  const html = await staleSimpleApi(now.index.url, 0, { htmlOnly: true });
  try {
    const log = new MemoryLogger();
    const failure = await publish(publishRequest(resolveEndpoints(now.index.uploadUrl, { simpleUrl: html.simpleUrl }), set.dir, { log }))
      .then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(PublishFailed);
    expect((failure as Error).message).toContain('PyPI refuses new files for releases older than 14 days');
    expect(now.index.files()).toHaveLength(1);
    expect(log.text()).not.toContain('14-day rule for new files of a release was not checked');
  } finally {
    await html.close();
    await now.close();
    await rm(dir, { recursive: true, force: true });
    await rm(old.dir, { recursive: true, force: true });
  }
});

it('after a 409 on an index whose simple URL answers 404 for the project, says to set index-url rather than to wait', async () => {
  const plain = await startTestIndex({ mode: 'plain' });
  const small = await makeReleaseSet(await tempDir('wrong-simple'), { pythons: ['cp311'], platforms: ['win_amd64'], sdist: false });
  try {
    await publish(publishRequest(resolveEndpoints(plain.index.uploadUrl), small.dir));
    // A simple URL that is not this index's: every project page is a 404, so the preflight sees nothing and sends again.
    const wrong = new URL('elsewhere/simple/', plain.index.url);
    const failure = await publish(publishRequest(resolveEndpoints(plain.index.uploadUrl, { simpleUrl: wrong }), small.dir, { listingPatienceMs: 1000 }))
      .then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(PublishFailed);
    expect((failure as Error).message).toContain(`answers 404 for the whole project, so the refusal cannot be settled by digest. If ${wrong.href} is not this index's simple API, set index-url`);
    expect((failure as Error).message).not.toContain('Rerun later');
  } finally {
    await plain.close();
    await rm(small.dir, { recursive: true, force: true });
  }
});
