/**
 * BLAKE2b-256 is left out of the preflight and computed in upload order while earlier files
 * upload (late-digests.ts). Every upload form still carries the right one, and every result and
 * manifest has it, however the run ends. Checked against Python's hashlib.
 */
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveEndpoints } from '../../../src/index-client/index.js';
import { publish, PublishFailed, type PublishRequest } from '../../../src/commands/pypi-publish/publish.js';
import { makeWheel } from '../../support/wheels.js';
import { makeReleaseSet, publishRequest, startTestIndex, tempDir, type ReleaseSet, type TestIndex } from './helpers.js';
import { formField, startRecordingProxy } from './recording-proxy.js';

let set: ReleaseSet;
let t: TestIndex | undefined;
let expected: Map<string, string>;

/** BLAKE2b-256 of each file, by Python's hashlib: an implementation other than ours. */
function pythonBlake2b(paths: string[]): Map<string, string> {
  const script = 'import hashlib,sys,os\nfor p in sys.argv[1:]:\n  print(os.path.basename(p), hashlib.blake2b(open(p,"rb").read(), digest_size=32).hexdigest())';
  const out = execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' });
  return new Map(out.trim().split('\n').map((l) => l.split(' ') as [string, string]));
}

beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('late'), { pythons: ['cp312', 'cp313'], platforms: ['win_amd64', 'macosx_11_0_arm64'], padBytes: 256 * 1024 });
  expected = pythonBlake2b(set.paths);
});
afterEach(async () => {
  await t?.close();
  t = undefined;
});
afterAll(async () => {
  await rm(set.dir, { recursive: true, force: true });
});

function request(uploadUrl: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return publishRequest(resolveEndpoints(`${uploadUrl.replace(/\/$/, '')}/legacy/`), set.dir, extra);
}

it('sends each file with its BLAKE2b-256 and reports it in the result and the manifest', async () => {
  t = await startTestIndex();
  const reader = await startRecordingProxy(t.index.url);
  try {
    const result = await publish(request(reader.url));
    expect(result.files.filter((f) => f.status === 'uploaded')).toHaveLength(set.paths.length);
    for (const [name, digest] of expected) {
      const post = reader.posts.find((p) => p.filename === name);
      expect(post && formField(post, 'blake2_256_digest')).toBe(digest);
      expect(result.files.find((f) => f.filename === name)?.blake2b256).toBe(digest);
      expect(result.manifest.files.find((f) => f.filename === name)?.blake2b256).toBe(digest);
    }
  } finally {
    await reader.close();
  }
});

it('reports BLAKE2b-256 after a preflight-only run, and after a refusal before any upload', async () => {
  t = await startTestIndex();
  const checked = await publish(request(t.index.url, { preflightOnly: true }));
  expect(new Map(checked.files.map((f) => [f.filename, f.blake2b256]))).toEqual(expected);

  // Other bytes under one of the names, on the index already: refused before anything is sent.
  const other = await tempDir('late-other');
  try {
    const clash = await makeWheel(other, { name: 'demo-native', version: '1.2.0', tags: 'cp312-cp312-win_amd64', padBytes: 1000, seed: 'other' });
    await publish(request(t.index.url, { packagesDir: other }));
    const failure = await publish(request(t.index.url)).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(PublishFailed);
    expect((failure as PublishFailed).message).toContain('nothing was uploaded');
    const files = (failure as PublishFailed).result!.files;
    expect(new Map(files.map((f) => [f.filename, f.blake2b256]))).toEqual(expected);
    expect(clash).toBe(join(other, 'demo_native-1.2.0-cp312-cp312-win_amd64.whl'));
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});
