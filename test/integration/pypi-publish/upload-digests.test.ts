/**
 * The upload form carries sha256 alone (form.ts): each file's, as Python's hashlib makes it, and
 * neither BLAKE2b-256 nor md5. The index still shows both in its JSON API (made from the stored
 * bytes), and the result and the manifest key on sha256 and size.
 */
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolveEndpoints } from '../../../src/index-client/index.js';
import { publish, type PublishRequest } from '../../../src/commands/pypi-publish/publish.js';
import { makeReleaseSet, publishRequest, startTestIndex, tempDir, type ReleaseSet, type TestIndex } from './helpers.js';
import { formField, startRecordingProxy } from './recording-proxy.js';

let set: ReleaseSet;
let t: TestIndex | undefined;
let expected: Map<string, { sha256: string; blake2b256: string; md5: string }>;

/** Each file's digests by Python's hashlib: an implementation other than ours. */
function pythonDigests(paths: string[]): typeof expected {
  const script = 'import hashlib,sys,os\nfor p in sys.argv[1:]:\n  b=open(p,"rb").read(); print(os.path.basename(p), hashlib.sha256(b).hexdigest(), hashlib.blake2b(b, digest_size=32).hexdigest(), hashlib.md5(b).hexdigest())';
  const out = execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' });
  return new Map(out.trim().split('\n').map((l) => {
    const [name, sha256, blake2b256, md5] = l.split(' ');
    return [name, { sha256, blake2b256, md5 }];
  }));
}

beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('digests'), { pythons: ['cp312', 'cp313'], platforms: ['win_amd64', 'macosx_11_0_arm64'], padBytes: 256 * 1024 });
  expected = pythonDigests(set.paths);
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

it('sends each file with its sha256 only; the index shows every digest, the manifest sha256 and size', async () => {
  t = await startTestIndex();
  const reader = await startRecordingProxy(t.index.url);
  try {
    const result = await publish(request(reader.url));
    expect(result.files.filter((f) => f.status === 'uploaded')).toHaveLength(set.paths.length);
    for (const [name, digests] of expected) {
      const post = reader.posts.find((p) => p.filename === name);
      expect(post && formField(post, 'sha256_digest')).toBe(digests.sha256);
      expect(post && formField(post, 'blake2_256_digest')).toBeUndefined();
      expect(post && formField(post, 'md5_digest')).toBeUndefined();
      expect(result.manifest.files.find((f) => f.filename === name)).toEqual(expect.objectContaining({ sha256: digests.sha256 }));
      expect(result.manifest.files.find((f) => f.filename === name)?.blake2b256).toBeUndefined();
    }
    const project = set.paths.length > 0 ? result.files[0].project : '';
    const body = await (await fetch(new URL(`pypi/${project}/json`, t.index.url))).json() as { urls: { filename: string; digests: Record<string, string> }[] };
    expect(body.urls).toHaveLength(expected.size);
    for (const u of body.urls) {
      const digests = expected.get(u.filename)!;
      expect(u.digests).toEqual({ sha256: digests.sha256, blake2b_256: digests.blake2b256, md5: digests.md5 });
    }
  } finally {
    await reader.close();
  }
});
