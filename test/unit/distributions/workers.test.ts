import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createDigester, createStreamDigester, hashFile } from '../../../src/distributions/hashes.js';
import { inspectDistribution } from '../../../src/distributions/preflight.js';
import { readWheelArchive } from '../../../src/distributions/wheel-archive.js';
import { setWorkerThreads, workerStats } from '../../../src/distributions/workers.js';
import { makeTempDir, patchCentralDirectory, realWheels, wheelMembers, writeWheel, zipBuffer } from './fixtures.js';
import type { ZipMember } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());
afterEach(() => setWorkerThreads(availableParallelism()));

async function zipFile(name: string, members: ZipMember[], patch?: (zip: Buffer) => Buffer): Promise<string> {
  const path = join(dir, name);
  let bytes = await zipBuffer(members);
  if (patch) bytes = patch(bytes);
  await writeFile(path, bytes);
  return path;
}

async function digestsOf(path: string): Promise<{ sha256: string; blake2b256: string; size: number }> {
  const d = await createDigester();
  d.update(await readFile(path));
  return d.digest();
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

  it('hash a file like the one-thread digester, including an empty one', async () => {
    const path = join(dir, 'random.bin');
    await writeFile(path, randomBytes(5 * 1024 * 1024 + 3));
    expect(await hashFile(path)).toEqual(await digestsOf(path));
    const empty = join(dir, 'empty.bin');
    await writeFile(empty, '');
    expect(await hashFile(empty)).toEqual(await digestsOf(empty));
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
});

describe('createStreamDigester', () => {
  for (const threads of [0, 2]) {
    it(`hashes (sha256, md5, blake2b-256) and stores a stream fed in pieces, ${threads ? 'on worker threads' : 'on the calling thread'}`, async () => {
      setWorkerThreads(threads);
      const data = randomBytes(9 * 1024 * 1024 + 11);
      const path = join(dir, `stored-${threads}.bin`);
      // Streams go only to a worker known to have started; a scan starts one.
      await writeFile(path, 'warm-up');
      await hashFile(path);
      const before = workerStats();
      const digester = await createStreamDigester({ md5: true, writeTo: path });
      for (let i = 0; i < data.length; i += 65536) {
        digester.update(data.subarray(i, i + 65536));
        await digester.ready();
      }
      const digests = await digester.digest();
      expect(digests).toEqual({
        ...(await digestsOf(path)),
        md5: createHash('md5').update(data).digest('hex'),
      });
      expect((await readFile(path)).equals(data)).toBe(true);
      expect(workerStats().workerStreams - before.workerStreams).toBe(threads ? 1 : 0);
      expect(() => digester.update(Buffer.from('x'))).toThrow(/finished/);
    });

    it(`reports a file it cannot write in digest() and closes it on abort, ${threads ? 'on worker threads' : 'on the calling thread'}`, async () => {
      setWorkerThreads(threads);
      const broken = await createStreamDigester({ md5: true, writeTo: join(dir, 'no-such-dir', 'x.bin') });
      broken.update(Buffer.alloc(10));
      await expect(broken.digest()).rejects.toThrow(/ENOENT/);
      const path = join(dir, `aborted-${threads}.bin`);
      const aborted = await createStreamDigester({ writeTo: path });
      aborted.update(Buffer.alloc(3 * 1024 * 1024, 1));
      await aborted.abort();
      expect((await readFile(path)).length).toBeLessThanOrEqual(3 * 1024 * 1024);
    });
  }
});
