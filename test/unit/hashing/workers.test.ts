import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createBLAKE2b } from 'hash-wasm';
import { inspectDistribution } from '../../../src/distributions/preflight.js';
import { readWheelArchive } from '../../../src/distributions/wheel-archive.js';
import { createHasher, hash, setWorkerThreads, warmWorkerThreads, workerStats } from '../../../src/hashing/index.js';
import { startWorkersFrom } from '../../support/hash-worker-entry.js';
import { makeTempDir, patchCentralDirectory, realWheels, wheelMembers, writeWheel, zipBuffer } from '../distributions/fixtures.js';
import type { ZipMember } from '../distributions/fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());
afterEach(() => {
  startWorkersFrom(undefined);
  setWorkerThreads(availableParallelism());
});

const DYING_WORKER = new URL('../../support/dying-hash-worker.ts', import.meta.url);

async function zipFile(name: string, members: ZipMember[], patch?: (zip: Buffer) => Buffer): Promise<string> {
  const path = join(dir, name);
  let bytes = await zipBuffer(members);
  if (patch) bytes = patch(bytes);
  await writeFile(path, bytes);
  return path;
}

/** The digests from node:crypto and hash-wasm directly, on this thread: what the pool must agree with. */
async function digestsOf(path: string): Promise<{ sha256: string; blake2b256: string; size: number }> {
  const bytes = await readFile(path);
  const blake2b = await createBLAKE2b(256);
  blake2b.update(bytes);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), blake2b256: blake2b.digest('hex'), size: bytes.length };
}

/** Wheels that exercise every outcome: good, stored and deflated, damaged, lying, empty members. */
async function archives(): Promise<string[]> {
  const good = await writeWheel(dir, { name: 'good', version: '1.0', files: { 'good/a.py': 'a = 1\n', 'good/big.bin': randomBytes(3 * 1024 * 1024 + 5), 'good/empty.py': '' } });
  const { members: odd } = wheelMembers({ name: 'odd', version: '1.0' });
  odd.push({ name: 'odd/damaged.py', data: 'y'.repeat(10000) }, { name: 'odd/stored.bin', data: randomBytes(2 * 1024 * 1024), compress: false });
  const damaged = await zipFile('odd-1.0-py3-none-any.whl', odd, (zip) => {
    const at = zip.indexOf(Buffer.from('odd/damaged.py')) + 'odd/damaged.py'.length + 5;
    zip[at] ^= 0xff;
    zip[at + 1] ^= 0xff;
    return zip;
  });
  const { members: liar } = wheelMembers({ name: 'liar', version: '1.0' });
  liar.push({ name: 'liar/zeros.bin', zeros: 5 * 1024 * 1024 });
  const lying = await zipFile('liar-1.0-py3-none-any.whl', liar, (zip) => patchCentralDirectory(zip, 'liar/zeros.bin', { uncompressedSize: 1000 }));
  return [good, damaged, lying, ...realWheels().slice(0, 2)];
}

describe('worker threads', () => {
  it('give the same archive findings, member digests and file digests as the calling thread', async () => {
    const paths = await archives();
    const results = async (): Promise<unknown[]> => Promise.all(paths.map(async (path) => {
      const archive = await readWheelArchive(path, { fileDigests: true });
      return { path, ...archive };
    }));
    setWorkerThreads(0);
    const before = workerStats();
    const here = await results();
    expect(workerStats().workerScans).toBe(before.workerScans);
    setWorkerThreads(2);
    const onWorkers = await results();
    expect(workerStats().workerScans).toBeGreaterThan(before.workerScans);
    // BLAKE2b-256 went to the second worker.
    expect(workerStats().splitJobs).toBeGreaterThan(before.splitJobs);
    expect(onWorkers).toEqual(here);
    for (const [i, path] of paths.entries()) {
      expect((onWorkers[i] as { digests: unknown }).digests).toEqual(await digestsOf(path));
    }
    const problems = (i: number): string[] => (onWorkers[i] as { problems: { rule: string }[] }).problems.map((p) => p.rule);
    expect(problems(0)).toEqual([]);
    expect(problems(1)).toEqual(['zip-member-corrupt']);
    // The liar's local header disagrees with its central directory, which PyPI refuses as well.
    expect(problems(2)).toEqual(['zip-compression-ratio', 'zip-structure']);
  });

  it('hash a file like node:crypto and hash-wasm do, including an empty one, on one worker or two', async () => {
    const path = join(dir, 'random.bin');
    await writeFile(path, randomBytes(5 * 1024 * 1024 + 3));
    const empty = join(dir, 'empty.bin');
    await writeFile(empty, '');
    for (const threads of [1, 2]) {
      setWorkerThreads(threads);
      const before = workerStats();
      expect(await hash(path, ['sha256', 'blake2b256'])).toEqual(await digestsOf(path));
      expect(await hash(empty, ['sha256', 'blake2b256'])).toEqual(await digestsOf(empty));
      expect(workerStats().workerScans - before.workerScans).toBe(2);
      expect(workerStats().splitJobs - before.splitJobs).toBe(threads === 2 ? 2 : 0);
    }
  });

  it('read a wheel once for its digests and its members', async () => {
    const path = await writeWheel(dir, { name: 'once', version: '1.0' });
    const before = workerStats();
    const info = await inspectDistribution(path);
    const after = workerStats();
    expect(info.problems).toEqual([]);
    expect({ sha256: info.sha256, blake2b256: info.blake2b256, size: info.size }).toEqual(await digestsOf(path));
    expect(after.workerScans + after.localScans - before.workerScans - before.localScans).toBe(1);
    expect(after.wholeFileScans - before.wholeFileScans).toBe(1);
  });

  it('never run more workers than the pool size, and split a job only onto an idle one', async () => {
    const paths = await Promise.all([1, 2, 3, 4].map(async (n) => {
      const path = join(dir, `many-${n}.bin`);
      await writeFile(path, randomBytes(2 * 1024 * 1024 + n));
      return path;
    }));
    for (const threads of [1, 2]) {
      setWorkerThreads(threads);
      let most = 0;
      const watch = setInterval(() => (most = Math.max(most, workerStats().running)), 1);
      try {
        const before = workerStats();
        const got = await Promise.all(paths.map((p) => hash(p, ['sha256', 'blake2b256'])));
        expect(got).toEqual(await Promise.all(paths.map(digestsOf)));
        expect(workerStats().workerScans - before.workerScans).toBe(paths.length);
        // Only the first found a worker with nothing to do for its BLAKE2b-256; the rest stayed whole.
        expect(workerStats().splitJobs - before.splitJobs).toBe(threads === 2 ? 1 : 0);
      } finally {
        clearInterval(watch);
      }
      most = Math.max(most, workerStats().running);
      expect(most).toBeGreaterThanOrEqual(1);
      expect(most).toBeLessThanOrEqual(threads);
    }
  });

  it('end workers started ahead of the work once they have had nothing to do for a while', async () => {
    setWorkerThreads(2);
    await warmWorkerThreads();
    expect(workerStats().running).toBe(2);
    // Waits for the pool's idle timer (a second); the cap only keeps a broken pool from hanging the test.
    for (let i = 0; i < 600 && workerStats().running > 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(workerStats().running).toBe(0);
  });

  it('hash a file again on the calling thread when its worker dies', async () => {
    const path = join(dir, 'lost.bin');
    await writeFile(path, randomBytes(3 * 1024 * 1024 + 1));
    const wheel = await writeWheel(dir, { name: 'lost', version: '1.0' });
    for (const threads of [1, 2]) {
      setWorkerThreads(threads);
      startWorkersFrom(DYING_WORKER);
      const before = workerStats();
      expect(await hash(path, ['sha256', 'blake2b256'])).toEqual(await digestsOf(path));
      expect(workerStats().workerScans - before.workerScans).toBe(1);
      expect(workerStats().localScans - before.localScans).toBe(1);
      // From then on everything stays on this thread: what killed one may kill the others.
      const info = await inspectDistribution(wheel);
      expect(info.problems).toEqual([]);
      expect(workerStats().workerScans - before.workerScans).toBe(1);
      expect(workerStats().localScans - before.localScans).toBe(2);
    }
  });
});

describe('createHasher', () => {
  for (const threads of [0, 1, 2]) {
    const where = threads ? `on ${threads} worker thread${threads > 1 ? 's' : ''}` : 'on the calling thread';
    it(`hashes (sha256, md5, blake2b-256) and stores a stream fed in pieces, ${where}`, async () => {
      setWorkerThreads(threads);
      const data = randomBytes(9 * 1024 * 1024 + 11);
      const path = join(dir, `stored-${threads}.bin`);
      // Streams go only to a worker known to have started; a scan starts them.
      await writeFile(path, 'warm-up');
      await Promise.all([hash(path, ['sha256', 'blake2b256']), hash(path, ['sha256', 'blake2b256'])]);
      const before = workerStats();
      const hasher = await createHasher(['sha256', 'md5', 'blake2b256'], { writeTo: path });
      for (let i = 0; i < data.length; i += 65536) {
        hasher.update(data.subarray(i, i + 65536));
        await hasher.ready();
      }
      expect(hasher.size).toBe(data.length);
      const digests = await hasher.digest();
      expect(digests).toEqual({ ...(await digestsOf(path)), md5: createHash('md5').update(data).digest('hex') });
      expect((await readFile(path)).equals(data)).toBe(true);
      expect(workerStats().workerStreams - before.workerStreams).toBe(threads ? 1 : 0);
      expect(workerStats().splitJobs - before.splitJobs).toBe(threads === 2 ? 1 : 0);
      expect(() => hasher.update(Buffer.from('x'))).toThrow(/finished/);
    });

    it(`reports a file it cannot write in digest(), with the error code, and closes it on abort, ${where}`, async () => {
      setWorkerThreads(threads);
      await hash(join(dir, `stored-${threads}.bin`), ['sha256']);
      const missing = await createHasher(['sha256', 'md5'], { writeTo: join(dir, 'no-such-dir', 'x.bin') });
      missing.update(Buffer.alloc(10));
      await expect(missing.digest()).rejects.toMatchObject({ code: 'ENOENT' });
      // /dev/full: every write fails as on a full disk.
      const full = await createHasher(['sha256', 'blake2b256'], { writeTo: '/dev/full' });
      for (let i = 0; i < 4 && !full.error(); i++) {
        full.update(Buffer.alloc(1024 * 1024, 7));
        await full.ready();
      }
      await expect(full.digest()).rejects.toMatchObject({ code: 'ENOSPC' });
      const path = join(dir, `aborted-${threads}.bin`);
      const aborted = await createHasher(['sha256'], { writeTo: path });
      aborted.update(Buffer.alloc(3 * 1024 * 1024, 1));
      await aborted.abort();
      expect((await readFile(path)).length).toBeLessThanOrEqual(3 * 1024 * 1024);
    });
  }

  it('reports a lost worker in error() and digest(), so the feeder can start over on this thread', async () => {
    setWorkerThreads(1);
    startWorkersFrom(DYING_WORKER);
    await warmWorkerThreads();
    const before = workerStats();
    const hasher = await createHasher(['sha256'], { writeTo: join(dir, 'lost-stream.bin') });
    expect(workerStats().workerStreams - before.workerStreams).toBe(1);
    for (let i = 0; i < 64 && !hasher.error(); i++) {
      hasher.update(Buffer.alloc(1024 * 1024, i));
      await (hasher.ready() ?? new Promise((resolve) => setTimeout(resolve, 10)));
    }
    expect(hasher.error()?.message).toMatch(/a hashing worker exited \(code 3\)/);
    await expect(hasher.digest()).rejects.toThrow(/a hashing worker exited/);
    const next = await createHasher(['sha256']);
    next.update(Buffer.from('abc'));
    expect((await next.digest()).sha256).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(workerStats().localStreams - before.localStreams).toBe(1);
  });
});
