/**
 * fetch-wheels (dist/fetch-wheels/index.js, run as the runner runs it) against
 * a real moto_server holding Ray's ray-wheels layout: releases/<version>/<sha>/
 * and master/<sha>/ prefixes, 30 wheels of ray and ray_cpp, and over 1,000
 * other keys under the release prefix so that listing must paginate.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readManifest } from '../../../src/distributions/index.js';
import { s3ObjectUrl, parseS3Source } from '../../../src/sources/s3.js';
import { startFaultProxy, type Fault } from '../../support/fault-proxy.js';
import { MOTO, createBucket, parallel, putObject, putObjectRaw, startMoto, type Moto } from '../../support/moto.js';
import { cleanupRunsAfterAll, runAction, startAction, type ActionRun } from '../../support/runner.js';
import { describeIf } from '../../support/tools.js';
import { EXPECT, VERSION, buildWheel, dirHashes, hashesOf, rayWheels, type Built } from './fixtures.js';

const BUCKET = 'ray-wheels';
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const RELEASE = `releases/${VERSION}/${SHA}/`;
const MASTER = `master/${SHA}/`;
const MISSING = `releases/${VERSION}/${'b'.repeat(40)}/`;
const WAIT = `releases/${VERSION}/${'c'.repeat(40)}/`;
const EVIL = `releases/${VERSION}/${'d'.repeat(40)}/`;
const MIXED = `releases/2.9.1/${'e'.repeat(40)}/`;
const BIG = `releases/${VERSION}/${'f'.repeat(40)}/`;
const FILLERS = 1001;

cleanupRunsAfterAll();

describeIf(MOTO, 'moto_server is not installed (pip install "moto[server]")')('fetch-wheels from S3 (moto_server)', () => {
  let moto: Moto;
  let dir: string;
  let wheels: Built[];
  let lastOut: Built;
  const bigWheels: Built[] = [];

  const inputs = (source: string, extra: Record<string, string> = {}) => ({
    source,
    packages: 'ray ray_cpp',
    version: VERSION,
    expect: EXPECT.join('\n'),
    ...extra,
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fetch-wheels-s3-'));
    [moto, wheels] = await Promise.all([startMoto(), rayWheels(join(dir, 'wheels'))]);
    await createBucket(moto.endpoint, BUCKET);
    lastOut = wheels.find((w) => w.name === 'ray_cpp-2.9.0-cp313-cp313-macosx_12_0_arm64.whl')!;
    const puts: [string, Buffer][] = [];
    for (const w of wheels) {
      puts.push([`${RELEASE}${w.name}`, w.bytes]);
      if (w !== lastOut) puts.push([`${MISSING}${w.name}`, w.bytes], [`${WAIT}${w.name}`, w.bytes]);
    }
    const dev = await buildWheel(join(dir, 'dev'), 'ray', '3.0.0.dev0', 'cp310-cp310-manylinux2014_x86_64', 1000);
    puts.push([`${MASTER}${dev.name}`, dev.bytes]);
    for (const w of wheels.slice(0, 2)) puts.push([`${EVIL}${w.name}`, w.bytes]);
    const v291 = await buildWheel(join(dir, 'v291'), 'ray', '2.9.1', 'cp310-cp310-manylinux2014_x86_64', 1000);
    puts.push([`${MIXED}${v291.name}`, v291.bytes], [`${MIXED}${wheels[0]!.name}`, wheels[0]!.bytes]);
    for (const t of EXPECT.slice(0, 8)) {
      const w = await buildWheel(join(dir, 'big'), 'ray', VERSION, t, 8 * 1024 * 1024);
      bigWheels.push(w);
      puts.push([`${BIG}${w.name}`, w.bytes]);
    }
    await parallel(puts, 8, ([key, body]) => putObject(moto.endpoint, BUCKET, key, body, { publicRead: true }));
    await parallel(Array.from({ length: FILLERS }, (_, i) => i), 32, (i) =>
      putObject(moto.endpoint, BUCKET, `${RELEASE}jars/ray-dist-${String(i).padStart(4, '0')}.jar`, `jar ${i}`),
    );
    await putObjectRaw(moto.endpoint, BUCKET, `${EVIL}../../evil.whl`, 'not a wheel');
  }, 120_000);

  afterAll(async () => {
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function expectComplete(r: ActionRun, sourceUrl: (name: string) => string) {
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const dest = join(r.dirs.workspace, 'dist');
    expect(r.outputs.dir).toBe(dest);
    expect(r.outputs.count).toBe('30');
    expect(JSON.parse(r.outputs.files!)).toEqual(wheels.map((w) => w.name));
    expect(r.outputs.manifest).toBe(join(dest, 'manifest.json'));
    return (async () => {
      expect(await dirHashes(dest)).toEqual(hashesOf(wheels));
      const m = await readManifest(r.outputs.manifest!);
      expect(m.version).toBe(VERSION);
      expect(m.files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256, source: f.source }))).toEqual(
        wheels.map((w) => ({ filename: w.name, size: w.bytes.length, sha256: w.sha256, source: sourceUrl(w.name) })),
      );
      // Nothing but the set and its manifest, and no staging directory left beside dest.
      expect((await readdir(dest)).length).toBe(31);
      expect((await readdir(r.dirs.workspace)).filter((n) => n !== 'dist')).toEqual([]);
    })();
  }

  it('fetches exactly the expected set from s3:// through s3-endpoint, paginating past the other keys; a rerun reuses it', async () => {
    const r = await runAction('fetch-wheels', inputs(`s3://${BUCKET}/${RELEASE}`, { 's3-endpoint': moto.endpoint }));
    const loc = parseS3Source(`s3://${BUCKET}/${RELEASE}`, { endpoint: moto.endpoint });
    await expectComplete(r, (name) => s3ObjectUrl(loc, `${RELEASE}${name}`));
    expect(r.log).toContain(`${FILLERS + 30} object(s) in 2 page(s) (anonymous)`);
    expect(r.log).toContain(`${FILLERS} other listed file(s) ignored`);
    expect(r.summary).toContain('Wheels by platform and Python tag');
    expect(r.summary).toContain('<code>manylinux2014_aarch64</code>');
    expect(r.summary).toContain('ray, ray_cpp');
    expect(r.summary).toContain(wheels[0]!.sha256);

    const again = await runAction('fetch-wheels', inputs(`s3://${BUCKET}/${RELEASE}`, { 's3-endpoint': moto.endpoint }), { workspace: r.dirs.workspace });
    await expectComplete(again, (name) => s3ObjectUrl(loc, `${RELEASE}${name}`));
    expect(again.log).toContain('30 reused');
  });

  it('fills {version} and {commit} in an s3:// source from version and commit-sha, and fetches exactly the expected set', async () => {
    const r = await runAction('fetch-wheels', inputs(`s3://${BUCKET}/releases/{version}/{commit}/`, { 's3-endpoint': moto.endpoint, 'commit-sha': SHA }));
    const loc = parseS3Source(`s3://${BUCKET}/${RELEASE}`, { endpoint: moto.endpoint });
    await expectComplete(r, (name) => s3ObjectUrl(loc, `${RELEASE}${name}`));
    expect(r.log).toContain(`Source: s3://${BUCKET}/${RELEASE}`);
  });

  it('refuses a templated source whose commit-sha is missing, and a set with neither expect nor expect-count, before listing anything', async () => {
    const noCommit = await runAction('fetch-wheels', inputs(`s3://${BUCKET}/releases/{version}/{commit}/`, { 's3-endpoint': moto.endpoint }));
    expect(noCommit.code).toBe(1);
    expect(noCommit.errors).toEqual([expect.stringMatching(/^Input 'commit-sha' is required: source uses \{commit\}, so give commit-sha/)]);
    const unstated = await runAction('fetch-wheels', inputs(`s3://${BUCKET}/releases/{version}/{commit}/`, { 's3-endpoint': moto.endpoint, 'commit-sha': SHA, expect: '' }));
    expect(unstated.code).toBe(1);
    expect(unstated.errors).toHaveLength(1);
    expect(unstated.errors[0]).toMatch(/^Inputs 'expect' and 'expect-count': Neither expect nor expect-count is set/);
    expect(unstated.errors[0]).toContain('(the same five for cp310, cp311 and cp312: 20 lines)');
    for (const r of [noCommit, unstated]) {
      expect(r.log).not.toContain('object(s) in');
      expect(r.outputs).toEqual({});
      expect(await readdir(r.dirs.workspace)).toEqual([]);
    }
  });

  it('fetches the same set through the https listing form, with globbed expect lines and expect-count', async () => {
    const url = `${moto.endpoint}/${BUCKET}/${RELEASE}`;
    const r = await runAction('fetch-wheels', inputs(url, { expect: 'cp3*-cp3*-manylinux2014_*\ncp3??-*-macosx_12_0_arm64\ncp39-cp39-*', 'expect-count': '30' }));
    const loc = parseS3Source(url);
    await expectComplete(r, (name) => s3ObjectUrl(loc, `${RELEASE}${name}`));
  });

  it('refuses a set with one wheel missing, naming it, and leaves dest without a partial set', async () => {
    const r = await runAction('fetch-wheels', inputs(`s3://${BUCKET}/${MISSING}`, { 's3-endpoint': moto.endpoint }));
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('incomplete set');
    expect(r.errors[0]).toContain('29 of 30 file(s)');
    expect(r.errors[0]).toContain(`missing (1):\n  - ${lastOut.name}`);
    expect(r.errors[0]).toContain('Nothing was written to dest');
    expect(existsSync(join(r.dirs.workspace, 'dist'))).toBe(false);
    expect(await readdir(r.dirs.workspace)).toEqual([]);
    expect(r.outputs).toEqual({});
  });

  it('waits with wait-timeout until the missing wheel is added to the bucket, then succeeds', async () => {
    const started = startAction('fetch-wheels', inputs(`s3://${BUCKET}/${WAIT}`, { 's3-endpoint': moto.endpoint, 'wait-timeout': '90s' }));
    let seen = '';
    await new Promise<void>((resolve, reject) => {
      started.child.stdout!.on('data', (d: Buffer) => {
        seen += d.toString();
        if (seen.includes('Look 1: 29 of 30 file(s) present; missing')) resolve();
      });
      started.child.on('close', () => reject(new Error(`the action ended before waiting:\n${seen}`)));
    });
    await putObject(moto.endpoint, BUCKET, `${WAIT}${lastOut.name}`, lastOut.bytes, { publicRead: true });
    const r = await started.result;
    const loc = parseS3Source(`s3://${BUCKET}/${WAIT}`, { endpoint: moto.endpoint });
    await expectComplete(r, (name) => s3ObjectUrl(loc, `${WAIT}${name}`));
    expect(r.log).toMatch(/The set is complete after \d+ looks/);
  });

  it('ends byte-identical when connections are reset and bodies truncated mid-file', async () => {
    const perPath = new Map<string, number>();
    let wheelGets = 0;
    const proxy = await startFaultProxy(moto.endpoint, ({ method, path }) => {
      if (method !== 'GET' || !path.endsWith('.whl')) return undefined;
      const n = perPath.get(path) ?? 0;
      perPath.set(path, n + 1);
      const i = wheelGets++;
      // Most files fail once, every third twice; resets and truncations alternate.
      if (n === 0 && i % 5 !== 4) return (i % 2 === 0 ? 'reset-mid-body' : 'truncate') as Fault;
      if (n === 1 && i % 3 === 0) return 'truncate';
      return undefined;
    });
    try {
      const url = `${proxy.url}/${BUCKET}/${RELEASE}`;
      const r = await runAction('fetch-wheels', inputs(url, { concurrency: '6' }));
      const loc = parseS3Source(url);
      await expectComplete(r, (name) => s3ObjectUrl(loc, `${RELEASE}${name}`));
      const faulted = proxy.requests.filter((q) => q.fault !== undefined);
      expect(faulted.length).toBeGreaterThanOrEqual(24);
      expect(faulted.some((q) => q.fault === 'reset-mid-body' && q.responseBytes > 0)).toBe(true);
      expect(faulted.some((q) => q.fault === 'truncate' && q.responseBytes > 0)).toBe(true);
      expect(r.log).toMatch(/attempt 1 of 5 failed: .*; retrying/);
      expect(r.summary).toMatch(/fetched \(\d attempts\)/);
    } finally {
      await proxy.close();
    }
  });

  it('streams large wheels from a server that closes each connection, while the disk is slower than the network', async () => {
    // moto answers with Connection: close; a paused body at FIN once crashed the process inside undici
    // (nodejs/undici#5360) when @actions/core's undici became the global fetch dispatcher.
    const r = await runAction('fetch-wheels', {
      source: `s3://${BUCKET}/${BIG}`,
      's3-endpoint': moto.endpoint,
      packages: 'ray',
      version: VERSION,
      expect: EXPECT.slice(0, 8).join('\n'),
      concurrency: "8",
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(await dirHashes(join(r.dirs.workspace, 'dist'))).toEqual(hashesOf(bigWheels));
  });

  it('refuses a key that would escape dest (../../evil.whl), whatever else is there', async () => {
    const r = await runAction('fetch-wheels', {
      source: `s3://${BUCKET}/${EVIL}`,
      's3-endpoint': moto.endpoint,
      packages: 'ray',
      'allow-any-set': 'true',
    });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain(`refused (1):\n  - ${EVIL}../../evil.whl: its key climbs out of its folder with ".."; a file by this key would be written outside dest`);
    expect(await readdir(r.dirs.workspace)).toEqual([]);
    expect(existsSync(join(dirname(r.dirs.workspace), 'evil.whl'))).toBe(false);
  });

  it('refuses a wheel of another version, listing it', async () => {
    const r = await runAction('fetch-wheels', {
      source: `s3://${BUCKET}/${MIXED}`,
      's3-endpoint': moto.endpoint,
      packages: 'ray',
      version: '2.9.1',
      'allow-any-set': 'true',
    });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain(`refused (1):\n  - ${wheels[0]!.name}: version 2.9.0, not the expected 2.9.1`);
    expect(await readdir(r.dirs.workspace)).toEqual([]);
  });
});
