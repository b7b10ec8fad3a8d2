/**
 * Listing and downloading from a real moto_server holding a Ray-like
 * ray-wheels layout, with over 1,000 keys under the listed prefix so that
 * ListObjectsV2 pagination runs for real.
 *
 * moto does not enforce authentication by default: it answers anonymous
 * ListObjectsV2 even on a private bucket, and ignores signatures. So these
 * tests look at the wire, through a recording proxy, to prove that anonymous
 * listing sends no Authorization header and signed listing does. Signature
 * validity is checked in s3-moto-auth.test.ts, where moto verifies it.
 * moto does check object ACLs: an anonymous GET of a private object is 403.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { S3Source, createS3Source, listS3, parseS3Source } from '../../../src/sources/s3.js';
import { startFaultProxy } from '../../support/fault-proxy.js';
import { describeIf } from '../../support/tools.js';
import { MOTO, SEED_CREDENTIALS, createBucket, parallel, putObject, startMoto, type Moto } from './moto.js';
import { startRecordingProxy, type Running } from './servers.js';

const BUCKET = 'ray-wheels';
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const RELEASE = `releases/2.9.0/${SHA}/`;
const MASTER = `master/${SHA}/`;
const FILLERS = 1001;

const wheels: Record<string, Buffer> = {
  [`${RELEASE}ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl`]: randomBytes(150_000),
  [`${RELEASE}ray-2.9.0-cp311-cp311-macosx_12_0_arm64.whl`]: randomBytes(90_000),
  [`${RELEASE}ray_cpp-2.9.0+local.1-cp310-cp310-win_amd64.whl`]: randomBytes(70_000),
  [`${RELEASE}ray-2.9.0-cp37-cp37m-manylinux2014_x86_64 copy é.whl`]: randomBytes(10_000),
  [`${MASTER}ray-3.0.0.dev0-cp310-cp310-manylinux2014_x86_64.whl`]: randomBytes(20_000),
  // Shares the listed prefix as a string but is another commit: must not be listed.
  [`releases/2.9.0/${SHA}0/ray-2.9.0-cp312-cp312-win_amd64.whl`]: randomBytes(100),
};
const PRIVATE_KEY = `${RELEASE}ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl`;
const fillerKey = (i: number) => `${RELEASE}jars/ray-dist-${String(i).padStart(4, '0')}.jar`;

describeIf(MOTO, 'moto_server is not installed (pip install "moto[server]")')('S3 listing and download against moto', () => {
  let moto: Moto;
  let proxy: Running;
  let dir: string;

  beforeAll(async () => {
    moto = await startMoto();
    const seeded = Date.now();
    await createBucket(moto.endpoint, BUCKET);
    // Everything is public-read except one wheel, to check signed downloads of private objects.
    await parallel(Object.entries(wheels), 8, ([key, body]) => putObject(moto.endpoint, BUCKET, key, body, { publicRead: key !== PRIVATE_KEY }));
    await parallel(Array.from({ length: FILLERS }, (_, i) => i), 32, (i) => putObject(moto.endpoint, BUCKET, fillerKey(i), `jar ${i}`));
    console.info(`moto_server started in ${moto.startupMs} ms on ${moto.endpoint}; seeded ${FILLERS + Object.keys(wheels).length} objects in ${Date.now() - seeded} ms`);
    proxy = await startRecordingProxy(moto.endpoint);
    dir = await mkdtemp(join(tmpdir(), 's3-moto-'));
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const releaseKeys = () => [...Object.keys(wheels).filter((k) => k.startsWith(RELEASE)), ...Array.from({ length: FILLERS }, (_, i) => fillerKey(i))].sort();

  it('lists every key under a prefix anonymously, across pages, sending no Authorization', async () => {
    const loc = parseS3Source(`s3://${BUCKET}/releases/2.9.0/${SHA}`, { endpoint: proxy.url });
    const before = proxy.requests.length;
    const log = new MemoryLogger();
    const files = await listS3(loc, { log });
    const listing = proxy.requests.slice(before);

    expect(files.map((f) => f.key)).toEqual(releaseKeys());
    expect(listing.length).toBe(2); // 1,005 keys: a full page of 1,000 and the rest
    expect(listing[1]!.url).toMatch(/[?&]continuation-token=[^&]+/);
    for (const r of listing) {
      expect(r.headers.authorization).toBeUndefined();
      expect(Object.keys(r.headers).filter((h) => h.startsWith('x-amz-'))).toEqual([]);
    }
    expect(log.text()).toMatch(/1005 object\(s\) in 2 page\(s\) \(anonymous\)/);

    const plus = files.find((f) => f.name.startsWith('ray_cpp'))!;
    expect(plus).toMatchObject({
      name: 'ray_cpp-2.9.0+local.1-cp310-cp310-win_amd64.whl',
      key: `${RELEASE}ray_cpp-2.9.0+local.1-cp310-cp310-win_amd64.whl`,
      size: 70_000,
      url: `${proxy.url}/${BUCKET}/${RELEASE}ray_cpp-2.9.0%2Blocal.1-cp310-cp310-win_amd64.whl`,
    });
    expect(plus.etag).toMatch(/^[0-9a-f]{32}$/);
    expect(files.find((f) => f.name.includes('é'))!.url).toContain('manylinux2014_x86_64%20copy%20%C3%A9.whl');
  });

  it('lists with small pages when max-keys is set', async () => {
    const files = await listS3(parseS3Source(`s3://${BUCKET}/${RELEASE}`, { endpoint: moto.endpoint }), { log: new MemoryLogger(), maxKeys: 150 });
    expect(files.map((f) => f.key)).toEqual(releaseKeys());
  });

  it('signs every request when credentials are given', async () => {
    const loc = parseS3Source(`${proxy.url}/${BUCKET}/${MASTER}`);
    const before = proxy.requests.length;
    const files = await listS3(loc, { log: new MemoryLogger(), credentials: SEED_CREDENTIALS });
    expect(files.map((f) => f.name)).toEqual(['ray-3.0.0.dev0-cp310-cp310-manylinux2014_x86_64.whl']);
    const sent = proxy.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('downloads a listed wheel whose key holds + anonymously, byte for byte', async () => {
    const source = new S3Source(parseS3Source(`s3://${BUCKET}/${RELEASE}`, { endpoint: moto.endpoint }));
    const file = (await source.list(new MemoryLogger())).find((f) => f.name.startsWith('ray_cpp'))!;
    const body = wheels[file.key]!;
    const dest = join(dir, file.name);
    const result = await source.download(file, dest, { log: new MemoryLogger(), expectedSha256: createHash('sha256').update(body).digest('hex') });
    expect(result).toMatchObject({ path: dest, size: body.length, attempts: 1 });
    expect((await readFile(dest)).equals(body)).toBe(true);
  });

  it('downloads a private object only when signed', async () => {
    const loc = parseS3Source(`s3://${BUCKET}/${RELEASE}`, { endpoint: moto.endpoint });
    const file = (await listS3(loc, { log: new MemoryLogger() })).find((f) => f.key === PRIVATE_KEY)!;
    const anonymous = await new S3Source(loc).download(file, join(dir, 'anon.whl'), { log: new MemoryLogger() }).catch((e) => e);
    expect(anonymous).toBeInstanceOf(UserError);
    expect((anonymous as Error).message).toMatch(/403, access denied\. The file is not public; give credentials that may read it\./);

    const signed = createS3Source(`s3://${BUCKET}/${RELEASE}`, {
      endpoint: moto.endpoint,
      env: { AWS_ACCESS_KEY_ID: SEED_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: SEED_CREDENTIALS.secretAccessKey },
    });
    expect(signed.describe()).toBe(`s3://${BUCKET}/${RELEASE} (${moto.endpoint})`);
    const r = await signed.download(file, join(dir, file.name), { log: new MemoryLogger() });
    expect((await readFile(r.path)).equals(wheels[PRIVATE_KEY]!)).toBe(true);
    expect((await readdir(dir)).filter((f) => f.includes('.part-'))).toEqual([]);
  });

  it('lists and downloads through resets, truncation, 503 and 429, ending byte-identical', async () => {
    const faults = await startFaultProxy(moto.endpoint, ({ method, path, n }) => {
      if (method !== 'GET') return undefined;
      if (path.includes('list-type=2')) return n === 0 ? '503' : n === 1 ? { status: 429, retryAfter: 0 } : undefined;
      // Object GETs: a reset mid-body, then a clean truncation, then let it through.
      const gets = faults.requests.filter((r) => !r.path.includes('list-type=2')).length;
      return gets === 1 ? 'reset-mid-body' : gets === 2 ? 'truncate' : undefined;
    });
    try {
      const log = new MemoryLogger();
      const source = new S3Source(parseS3Source(`s3://${BUCKET}/${MASTER}`, { endpoint: faults.url }), {
        retry: { baseDelayMs: 1, maxDelayMs: 10 },
      });
      const [file] = await source.list(log);
      const body = wheels[file!.key]!;
      const dest = join(dir, 'faulty', file!.name);
      const r = await source.download(file!, dest, { log, expectedSha256: createHash('sha256').update(body).digest('hex') });
      expect((await readFile(dest)).equals(body)).toBe(true);
      expect(r.attempts).toBe(3);
      expect(faults.requests.map((q) => q.fault ?? 'ok')).toEqual(['503', { status: 429, retryAfter: 0 }, 'ok', 'reset-mid-body', 'truncate', 'ok']);
      expect((await readdir(join(dir, 'faulty')))).toEqual([file!.name]);
    } finally {
      await faults.close();
    }
  });

  it('says a missing bucket does not exist', async () => {
    const err = await listS3(parseS3Source('s3://no-such-bucket/x/', { endpoint: moto.endpoint }), { log: new MemoryLogger() }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/bucket "no-such-bucket" does not exist \(404 NoSuchBucket/);
  });
});
