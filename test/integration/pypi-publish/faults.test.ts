/**
 * Publishing through a proxy that fails 30% of requests (connection resets
 * before and after the index did the work, 502/503, 429 with Retry-After,
 * truncated answers): every file must end up on the index exactly once and
 * byte-identical, and no file may be sent again once the index had it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { startFaultProxy, randomPlan, type Fault, type FaultPlan, type FaultProxy } from '../../support/fault-proxy.js';
import { cleanupRunsAfterAll } from '../../support/runner.js';
import { duplicateUploads, json, localDigests, makeReleaseSet, publish, publishInputs, startTestIndex, storedDigests, tempDir, type ReleaseSet, type TestIndex } from './helpers.js';

cleanupRunsAfterAll();

const FAULTS: Fault[] = ['reset', 'reset-mid-body', '503', '502', { status: 429, retryAfter: 1 }, 'truncate'];

let set: ReleaseSet;
let t: TestIndex;
let proxy: FaultProxy;

beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('faults'));
  t = await startTestIndex();
  const random = randomPlan(0.3, FAULTS, 20260424);
  // The first uploads meet one fault each, so every kind of failure reaches an upload for sure;
  // after that 30% of all requests (uploads and JSON API reads alike) fail at random.
  // The 429's Retry-After (2 s) is longer than any first backoff (0.5 to 1 s), so the log shows which was waited.
  const firstPosts: Fault[] = ['reset-mid-body', '503', { status: 429, retryAfter: 2 }, 'reset', 'truncate', '502'];
  let posts = 0;
  const plan: FaultPlan = (r) => {
    if (r.method === 'POST' && posts < firstPosts.length) return firstPosts[posts++];
    if (r.method === 'POST') posts++;
    return random(r);
  };
  proxy = await startFaultProxy(t.index.url, plan);
});

afterAll(async () => {
  await proxy.close();
  await t.close();
  await rm(set.dir, { recursive: true, force: true });
});

it('puts every file on the index exactly once, byte-identical, through 30% failures', async () => {
  const run = await publish(publishInputs(`${proxy.url.replace(/\/$/, '')}/legacy/`, set.dir, { concurrency: '4' }), { timeoutMs: 100_000 });
  if (process.env.SHOW_LOG) console.log(run.log);
  expect(run.errors).toEqual([]);
  expect(run.code).toBe(0);
  expect(await storedDigests(t)).toEqual(await localDigests(set.paths));
  expect(json<string[]>(run.outputs.uploaded).sort()).toEqual(set.filenames);
  // The index never received a file it already had: after an ambiguous failure the action looked first.
  expect(duplicateUploads(t.log)).toEqual([]);

  const faulted = proxy.requests.filter((r) => r.fault !== undefined);
  expect(faulted.length / proxy.requests.length).toBeGreaterThan(0.15);
  // An upload the index stored but whose answer was lost, resolved by reading the JSON API, not by sending again.
  const lost = proxy.requests.find((r) => r.method === 'POST' && r.fault === 'reset-mid-body' && r.forwarded);
  expect(lost).toBeDefined();
  expect(run.log).toContain('reached the index after all (same sha256); not sending it again');
  expect(run.log).toMatch(/attempt 1 of 8 failed: 429[^\n]*; retrying in 2\.0s/);
}, 110_000);
