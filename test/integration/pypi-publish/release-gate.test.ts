/**
 * A new release is created by its first upload. The release's other wheels are sent meanwhile,
 * but hold back their last bytes until the first is on the index, so the index never takes two
 * files of a release it does not have yet at once. Seen from a recording proxy in front of the
 * real local index: when each body began and ended, and when each answer left.
 */
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { MemoryLogger } from '../../../src/log.js';
import { resolveEndpoints } from '../../../src/index-client/index.js';
import { publish, PublishFailed, type PublishRequest } from '../../../src/commands/pypi-publish/publish.js';
import { makeReleaseSet, publishRequest, startTestIndex, tempDir, type ReleaseSet, type TestIndex } from './helpers.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';

let set: ReleaseSet;
let t: TestIndex;
let recorder: RecordingProxy | undefined;

beforeAll(async () => {
  // Four wheels of 3 MiB, so a body is several reads long; no sdist.
  set = await makeReleaseSet(await tempDir('gate'), { pythons: ['cp312', 'cp313'], platforms: ['win_amd64', 'macosx_11_0_arm64'], padBytes: 3 * 1024 * 1024, sdist: false });
});
afterEach(async () => {
  await recorder?.close();
  recorder = undefined;
  await t?.close();
});
afterAll(async () => {
  await rm(set.dir, { recursive: true, force: true });
});

function request(uploadUrl: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return publishRequest(resolveEndpoints(`${uploadUrl}legacy/`), set.dir, { concurrency: 4, retry: { upload: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } }, ...extra });
}

it('sends the other wheels while the first creates the release, and completes none of them before it is on the index', async () => {
  t = await startTestIndex();
  let first: string | undefined;
  recorder = await startRecordingProxy(t.index.url, (filename) => {
    first ??= filename;
    return filename === first ? { delayMs: 600 } : {};
  });
  const log = new MemoryLogger();
  const result = await publish(request(recorder.url, { log }));
  expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded', 'uploaded', 'uploaded']);
  expect(t.index.files().map((f) => f.filename).sort()).toEqual(set.filenames);

  const firstPost = recorder.posts.find((p) => p.filename === first)!;
  const others = recorder.posts.filter((p) => p !== firstPost);
  expect(others).toHaveLength(3);
  for (const p of others) {
    // Started while the first was still being answered: the transfers overlapped ...
    expect(p.startedAt).toBeLessThan(firstPost.answeredAt!);
    // ... but no body was complete before the first file was on the index.
    expect(p.bodyEndAt!).toBeGreaterThanOrEqual(firstPost.answeredAt!);
  }
  // The smallest wheel goes first; the log says why the others wait.
  expect(log.text()).toContain(`wait for ${first} (the release's first file) to reach the index`);
});

it('abandons the other wheels incomplete when the first is refused: the index has none of them', async () => {
  t = await startTestIndex();
  let first: string | undefined;
  recorder = await startRecordingProxy(t.index.url, (filename) => {
    first ??= filename;
    return filename === first ? { delayMs: 300, refuse: 400 } : {};
  });
  const failure = await publish(request(recorder.url)).then(() => undefined, (e: unknown) => e);
  expect(failure).toBeInstanceOf(PublishFailed);
  const err = failure as PublishFailed;
  expect(err.message).toContain('1 upload failed and 3 files were not attempted');
  expect(err.message).toContain('refused by the test');
  expect(err.result?.files.filter((f) => f.status === 'failed').map((f) => f.filename)).toEqual([first]);
  for (const p of recorder.posts.filter((p) => p.filename !== first)) expect(p.bodyEndAt).toBeUndefined();
  expect(t.index.files()).toEqual([]);
});

it('gives up holding after the limit and sends the file again, whole, once the release exists', async () => {
  t = await startTestIndex();
  let first: string | undefined;
  recorder = await startRecordingProxy(t.index.url, (filename) => {
    first ??= filename;
    return filename === first ? { delayMs: 1200 } : {};
  });
  const log = new MemoryLogger();
  const result = await publish(request(recorder.url, { log, holdLimitMs: 200 }));
  expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded', 'uploaded', 'uploaded']);
  expect(t.index.files().map((f) => f.filename).sort()).toEqual(set.filenames);
  const firstPost = recorder.posts.find((p) => p.filename === first)!;
  for (const filename of set.filenames.filter((f) => f !== first)) {
    const posts = recorder.posts.filter((p) => p.filename === filename);
    // The held attempt never completed; the one after the first file's answer did.
    expect(posts.filter((p) => p.bodyEndAt === undefined).length).toBeGreaterThanOrEqual(1);
    expect(posts.filter((p) => p.status === 200)).toHaveLength(1);
    expect(posts.find((p) => p.status === 200)!.startedAt).toBeGreaterThanOrEqual(firstPost.answeredAt!);
  }
  expect(log.text()).toMatch(/held back for 0\.2 s while .* was not on the index yet; it is sent again once that is there/);
});
