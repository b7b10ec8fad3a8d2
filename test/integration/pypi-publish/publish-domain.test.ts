/**
 * The publishing orchestration called directly (as the CLI and the rehearsal
 * would), where the retry limits can be made short: an index that never
 * recovers is given up on after a bounded number of attempts, and the result
 * says what happened to every file.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { MemoryLogger } from '../../../src/log.js';
import { resolveEndpoints } from '../../../src/index/index.js';
import { publish, PublishFailed } from '../../../src/publish/publish.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { makeReleaseSet, startTestIndex, tempDir, TOKEN, type ReleaseSet, type TestIndex } from './helpers.js';

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
  const failure = await publish({
    index: resolveEndpoints(`${proxy.url.replace(/\/$/, '')}/legacy/`),
    packagesDir: set.dir,
    patterns: [],
    token: TOKEN,
    skipExisting: true,
    concurrency: 2,
    preflightOnly: false,
    maxFileSize: 100 * 1024 * 1024,
    mask: (s) => masked.push(s),
    log,
    retry: { upload: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 } },
  }).then(() => undefined, (e: unknown) => e);
  expect(failure).toBeInstanceOf(PublishFailed);
  const err = failure as PublishFailed;
  expect(err.message).toContain('1 upload failed and 2 files were not attempted');
  expect(err.message).toContain('503 fault injected by test proxy');
  expect(err.message).toContain('no attempt left within the retry limits');
  // The first file of a new release goes alone; it failed, so nothing else was tried.
  expect(proxy.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  // Between attempts the index was asked whether the file had arrived after all (a 5xx is ambiguous).
  expect(proxy.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/pypi/')).length).toBeGreaterThanOrEqual(3);
  expect(err.result?.files.map((f) => f.status).sort()).toEqual(['failed', 'not-attempted', 'not-attempted']);
  expect(masked).toContain(TOKEN);
  expect(t.index.files()).toEqual([]);
});
