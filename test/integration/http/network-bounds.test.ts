/**
 * Issue 20's network bounds, against hostile servers on loopback, with the
 * actions run as the runner runs them (the bundles in dist/): a body that
 * never ends (the action fails naming the URL and the cap, its peak RSS stays
 * under 200 MiB), a listing that never ends (it stops at its page limit), an
 * upload answer that trickles (the attempt ends at its deadline), and an
 * upload_url that points away from GitHub (the token is not sent there).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';
import { endlessBody, peakRss, startHostile, type Hostile } from '../../support/hostile-http.js';
import { cleanupRunsAfterAll, runAction, secretLeaks } from '../../support/runner.js';
import { itIf, pythonPath } from '../../support/tools.js';
import { makeWheel } from '../../support/wheels.js';
import { json, publishInputs, startTestIndex, TOKEN as PYPI_TOKEN, type TestIndex } from '../pypi-publish/helpers.js';

cleanupRunsAfterAll();

const MAX_RSS_MIB = 200;
const GH_TOKEN = 'ghs_networkBoundsTestToken0000000000000';

let hostile: Hostile | undefined;
afterEach(async () => {
  await hostile?.close();
  hostile = undefined;
});

/** A ListObjectsV2 page that says there is more, with a continuation token never given before. */
function endlessListing(): Parameters<typeof startHostile>[0] {
  let page = 0;
  return (req, res) => {
    req.resume();
    page++;
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>ray-wheels</Name>' +
        `<IsTruncated>true</IsTruncated><NextContinuationToken>${randomBytes(24).toString('base64url')}</NextContinuationToken>` +
        `<Contents><Key>releases/2.9.0/page-${page}.txt</Key><Size>3</Size></Contents></ListBucketResult>`,
    );
  };
}

const fetchWheelsInputs = (source: string, extra: Record<string, string> = {}) => ({
  source,
  packages: 'ray',
  version: '2.9.0',
  expect: 'cp312-cp312-manylinux2014_x86_64',
  ...extra,
});

describe('a body that never ends', () => {
  const PY = '3.12';
  itIf(pythonPath(PY), `Python ${PY} is missing`)('verify-install: an endless simple page fails with the URL and the cap, memory bounded', async () => {
    hostile = await startHostile(endlessBody('text/html', '<html><body>\n'));
    const port = new URL(hostile.url).port;
    const rss = peakRss();
    try {
      const run = await runAction(
        'verify-install',
        { package: 'demo', version: '1.0', 'index-url': `http://user:s3cret@127.0.0.1:${port}/simple/`, python: PY, 'wait-timeout': '1m' },
        { env: rss.env },
      );
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain(`GET http://127.0.0.1:${port}/simple/demo/ answered with more than 64.0 MiB`);
      expect(secretLeaks(run, 's3cret')).toEqual([]);
      expect(rss.mib()).toBeLessThan(MAX_RSS_MIB);
    } finally {
      rss.cleanup();
    }
  }, 120_000);

  it('fetch-wheels: an endless S3 listing page fails with the URL and the cap, memory bounded', async () => {
    hostile = await startHostile(endlessBody('application/xml', '<?xml version="1.0"?><ListBucketResult><Name>ray-wheels</Name><IsTruncated>false</IsTruncated>'));
    const rss = peakRss();
    try {
      const run = await runAction('fetch-wheels', fetchWheelsInputs('s3://ray-wheels/releases/2.9.0/', { 's3-endpoint': hostile.url }), { env: rss.env });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^Listing s3:\/\/ray-wheels\/releases\/2\.9\.0\/ failed: GET http:\/\/127\.0\.0\.1:\d+\/ray-wheels\/\?\S+ answered with more than 16\.0 MiB/);
      // Refused at the cap, not retried: a page that large is not a passing fault.
      expect(hostile.requests).toHaveLength(1);
      expect(rss.mib()).toBeLessThan(MAX_RSS_MIB);
    } finally {
      rss.cleanup();
    }
  }, 120_000);

  it('fetch-wheels: an endless GitHub API answer fails with the URL and the cap, memory bounded', async () => {
    hostile = await startHostile(endlessBody('application/json', '[{"id": 1, "name": "'));
    const rss = peakRss();
    try {
      const run = await runAction('fetch-wheels', fetchWheelsInputs('release:v2.9.0', { token: GH_TOKEN }), {
        env: { ...rss.env, GITHUB_API_URL: hostile.url, GITHUB_TOKEN: GH_TOKEN },
      });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain(`GET ${hostile.url}/repos/octo/example/releases/tags/v2.9.0 answered with more than 32.0 MiB`);
      // Refused at the cap, not asked again by Octokit's retries.
      expect(hostile.requests).toHaveLength(1);
      expect(secretLeaks(run, GH_TOKEN)).toEqual([]);
      expect(rss.mib()).toBeLessThan(MAX_RSS_MIB);
    } finally {
      rss.cleanup();
    }
  }, 120_000);
});

describe('a listing that never ends', () => {
  it('fetch-wheels: an S3 server that hands out a fresh continuation token on every page stops at the page limit', async () => {
    hostile = await startHostile(endlessListing());
    const run = await runAction('fetch-wheels', fetchWheelsInputs('s3://ray-wheels/releases/2.9.0/', { 's3-endpoint': hostile.url }));
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Listing s3://ray-wheels/releases/2.9.0/ stopped after 100 pages, the most fetch-wheels reads (100 page(s), 100 object(s) so far)');
    expect(hostile.requests).toHaveLength(100);
  }, 120_000);

  describe('create-release', () => {
    let fake: FakeGitHub;
    let workspace: string;
    let sha: string;
    beforeAll(async () => {
      workspace = await mkdtemp(join(tmpdir(), 'network-bounds-ws-'));
      await mkdir(join(workspace, 'dist'));
      await writeFile(join(workspace, 'dist', 'pkg-2.11.0-py3-none-any.whl'), 'wheel bytes');
    });
    afterAll(async () => {
      await rm(workspace, { recursive: true, force: true });
    });
    const start = async () => {
      fake = await startFakeGitHub({ token: GH_TOKEN });
      sha = fake.commitFiles('main', { VERSION: '2.11.0\n' }, 'Bump version to 2.11.0');
    };
    const create = () =>
      runAction('create-release', { 'commit-sha': sha, version: '2.11.0', token: GH_TOKEN, repository: 'octo/example', assets: 'dist/*.whl' }, {
        workspace,
        env: fake.env(),
      });
    afterEach(async () => {
      await fake?.close();
    });

    it('stops listing a release\'s assets at 10 pages when GitHub keeps linking to another', async () => {
      await start();
      let pages = 0;
      fake.injectFaults((req) => {
        if (req.operationId !== 'repos/list-release-assets') return undefined;
        pages++;
        const next = new URL(`${fake.url}${req.path}`);
        next.searchParams.set('per_page', '100');
        next.searchParams.set('page', String(pages + 1));
        return { status: 200, headers: { link: `<${next.href}>; rel="next"` }, body: [] };
      });
      const run = await create();
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/Listing the assets of release \d+ stopped after 10 pages: GitHub keeps linking to another page/);
      expect(pages).toBe(11);
      expect(secretLeaks(run, GH_TOKEN)).toEqual([]);
    }, 120_000);

    it('sends the token with an upload only to GitHub: an upload_url on another host is refused', async () => {
      await start();
      const caught: http.IncomingHttpHeaders[] = [];
      hostile = await startHostile((req, res) => {
        caught.push(req.headers);
        req.resume();
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
      // The same loopback server under another name: not the API's host (127.0.0.1).
      fake.routeUploadsVia(`http://localhost:${new URL(hostile.url).port}`);
      const run = await create();
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain(
        `Refusing to upload pkg-2.11.0-py3-none-any.whl: the upload_url GitHub gave for the release (http://localhost:${new URL(hostile.url).port}/repos/octo/example/releases/`,
      );
      expect(run.errors[0]).toContain('is on localhost, which is neither the API host 127.0.0.1');
      expect(caught).toEqual([]);
    }, 120_000);
  });
});

describe('an upload answer that trickles', () => {
  let t: TestIndex;
  let dir: string;
  beforeAll(async () => {
    t = await startTestIndex();
    dir = await mkdtemp(join(tmpdir(), 'network-bounds-publish-'));
    await makeWheel(dir, { name: 'trickle-demo', version: '1.0', tags: 'py3-none-any' });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('pypi-publish: a 200 sent one byte every 5 s ends at the attempt deadline, and the file is found on the index, not sent again', async () => {
    // In front of the real index: uploads reach it, but its answer comes back one byte every 5 s, without end.
    const index = new URL(t.index.url);
    const trickles: NodeJS.Timeout[] = [];
    hostile = await startHostile((req, res) => {
      const upstream = http.request({ host: index.hostname, port: index.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        if (req.method !== 'POST') {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        answer.resume();
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('.'), 5000);
        trickles.push(timer);
        res.on('close', () => clearInterval(timer));
      });
      req.pipe(upstream);
    });
    try {
      const run = await runAction('pypi-publish', publishInputs(`${hostile.url}/legacy/`, dir), { timeoutMs: 170_000 });
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.log).toMatch(/attempt 1 of 8 failed: no complete answer within [\d.]+ s \(POST http:\/\/127\.0\.0\.1:\d+\/legacy\/\)/);
      expect(run.log).toContain('trickle_demo-1.0-py3-none-any.whl reached the index after all (same sha256); not sending it again.');
      expect(json<string[]>(run.outputs.uploaded)).toEqual(['trickle_demo-1.0-py3-none-any.whl']);
      expect(hostile.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(secretLeaks(run, PYPI_TOKEN)).toEqual([]);
    } finally {
      for (const timer of trickles) clearInterval(timer);
    }
  }, 180_000);
});
