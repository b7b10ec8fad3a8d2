/**
 * The project page is read while the preflight checks the files (a read changes nothing), once,
 * and used for the plan; a read ahead that fails is simply made again, with retries.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { MemoryLogger } from '../../../src/log.js';
import { resolveEndpoints } from '../../../src/index-client/index.js';
import { publish, type PublishRequest } from '../../../src/commands/pypi-publish/publish.js';
import { startFaultProxy, type FaultPlan } from '../../support/fault-proxy.js';
import { makeReleaseSet, publishRequest, startTestIndex, tempDir, type ReleaseSet, type TestIndex } from './helpers.js';

let set: ReleaseSet;
let t: TestIndex;

beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('ahead'), { pythons: ['cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64'] });
});
afterAll(async () => {
  await rm(set.dir, { recursive: true, force: true });
});

function request(url: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return publishRequest(resolveEndpoints(`${url.replace(/\/$/, '')}/legacy/`), set.dir, { retry: { read: { baseDelayMs: 10, maxDelayMs: 20 } }, ...extra });
}

async function publishThrough(plan: FaultPlan | undefined, extra: Partial<PublishRequest> = {}) {
  t = await startTestIndex();
  const proxy = await startFaultProxy(t.index.url, plan ?? (() => undefined));
  try {
    const result = await publish(request(proxy.url, extra));
    const page = proxy.requests.filter((r) => r.method === 'GET' && r.path === '/simple/demo-native/');
    const firstPost = proxy.requests.find((r) => r.method === 'POST')?.n ?? Infinity;
    return { result, page, beforeUploads: page.filter((r) => r.n < firstPost) };
  } finally {
    await proxy.close();
    await t.close();
  }
}

it('reads the project page once before the uploads', async () => {
  const { result, beforeUploads } = await publishThrough(undefined);
  expect(result.files.filter((f) => f.status === 'uploaded')).toHaveLength(3);
  expect(beforeUploads).toHaveLength(1);
});

it('reads the page again, with retries, when the read ahead failed', async () => {
  const log = new MemoryLogger();
  const { result, beforeUploads } = await publishThrough((r) => (r.method === 'GET' && r.n <= 1 ? '503' : undefined), { log });
  expect(result.files.filter((f) => f.status === 'uploaded')).toHaveLength(3);
  // The read ahead (503), the plan's own read (503, retried), then the answer: no such project yet.
  expect(beforeUploads.map((r) => r.status)).toEqual([503, 503, 404]);
  expect(log.text()).toContain('The index does not list demo-native at all yet');
});
