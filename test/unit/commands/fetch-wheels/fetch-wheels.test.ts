/**
 * The orchestration on real files: a local directory of factory-made wheels as
 * the source, a temporary dest, and a recording ArtifactUploader (the real one
 * needs the Actions results service, which only a workflow job has).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectDistribution, readManifest } from '../../../../src/distributions/index.js';
import { UserError } from '../../../../src/errors.js';
import { fetchWheels, type FetchWheelsOptions } from '../../../../src/commands/fetch-wheels/fetch-wheels.js';
import { tagGrid } from '../../../../src/commands/fetch-wheels/report.js';
import { MemoryLogger } from '../../../../src/log.js';
import type { ArtifactUploader } from '../../../../src/sources/artifact.js';
import { LocalSource } from '../../../../src/sources/local.js';
import type { WheelSource } from '../../../../src/sources/types.js';
import { makeWheel, makeSdist } from '../../../support/wheels.js';

const TAGS = ['cp39-cp39-manylinux2014_x86_64', 'cp310-cp310-manylinux2014_x86_64', 'cp310-cp310-macosx_12_0_arm64'];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

class RecordingUploader implements ArtifactUploader {
  calls: { name: string; files: string[]; root: string; present: string[] }[] = [];
  async upload(name: string, files: string[], root: string) {
    // What was on disk at the moment of the call: the upload must see the final set.
    this.calls.push({ name, files, root, present: (await readdir(root)).sort() });
    return { id: 7, size: 1 };
  }
}

describe('fetchWheels', () => {
  let dir: string;
  let src: string;
  let dest: string;
  let names: string[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fetch-unit-'));
    src = join(dir, 'wheelhouse');
    dest = join(dir, 'work', 'dist');
    names = [];
    for (const t of TAGS) names.push((await makeWheel(src, { name: 'demo', version: '1.2.0', tags: t, padBytes: 2000 })).split('/').pop()!);
    names.push((await makeSdist(src, { name: 'demo', version: '1.2.0' })).split('/').pop()!);
    names.sort();
    await writeFile(join(src, 'build.log'), 'log\n');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const options = (extra: Partial<FetchWheelsOptions> = {}): FetchWheelsOptions => ({
    source: new LocalSource(src),
    select: { packages: ['demo'], version: '1.2.0', expect: TAGS },
    waitTimeoutSeconds: 0,
    dest,
    concurrency: 2,
    maxTotalSize: 1024 ** 3,
    log: new MemoryLogger(),
    ...extra,
  });

  it('moves the checked set into dest with its manifest, then uploads exactly that', async () => {
    const uploader = new RecordingUploader();
    const r = await fetchWheels(options({ upload: { name: 'wheels', uploader } }));
    expect(r.files.map((f) => f.chosen.file.name)).toEqual(names);
    expect((await readdir(dest)).sort()).toEqual([...names, 'manifest.json'].sort());
    expect(await readdir(join(dir, 'work'))).toEqual(['dist']); // no staging directory left
    const m = await readManifest(r.manifestPath);
    expect(m.project).toBe('demo');
    expect(m.version).toBe('1.2.0');
    for (const f of m.files) {
      const bytes = await readFile(join(dest, f.filename));
      expect(f).toMatchObject({ size: bytes.length, sha256: sha(bytes), source: `file://${join(src, f.filename)}` });
      // BLAKE2b-256 is pypi-publish's to compute; the manifest holds sha256 and size.
      expect(f.blake2b256).toBeUndefined();
    }
    expect(uploader.calls).toEqual([
      { name: 'wheels', files: [...names.map((n) => join(dest, n)), join(dest, 'manifest.json')], root: dest, present: [...names, 'manifest.json'].sort() },
    ]);
    expect(r.uploaded).toEqual({ name: 'wheels', id: 7, size: 1 });
    const grid = tagGrid(r.files);
    expect(grid.pythons).toEqual(['cp39', 'cp310']);
    expect(grid.platforms).toEqual(['macosx_12_0_arm64', 'manylinux2014_x86_64']);
    expect(grid.cells.get('macosx_12_0_arm64')?.get('cp39')).toBeUndefined();
    expect(grid.sdists).toEqual(['demo-1.2.0.tar.gz']);
  });

  it('refuses a set that fails preflight, leaving dest as it was and uploading nothing', async () => {
    await makeWheel(src, { name: 'demo', version: '1.2.0', tags: TAGS[0]!, broken: 'no-record' });
    await mkdir(dest, { recursive: true });
    await writeFile(join(dest, 'keep.txt'), 'mine');
    const uploader = new RecordingUploader();
    const err = await fetchWheels(options({ upload: { name: 'wheels', uploader } })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^The fetched set fails preflight, so nothing was written to dest:\nFILE/);
    expect((err as Error).message).toContain('demo-1.2.0-cp39-cp39-manylinux2014_x86_64.whl');
    expect(await readdir(dest)).toEqual(['keep.txt']);
    expect(await readdir(join(dir, 'work'))).toEqual(['dist']);
    expect(uploader.calls).toEqual([]);
  });

  it("leaves RECORD's member hashes to pypi-publish's preflight: a wheel with a wrong one is fetched", async () => {
    await makeWheel(src, { name: 'demo', version: '1.2.0', tags: TAGS[0]!, broken: 'bad-record-hash' });
    const r = await fetchWheels(options());
    expect(r.files.map((f) => f.chosen.file.name)).toEqual(names);
    const bad = await inspectDistribution(join(dest, 'demo-1.2.0-cp39-cp39-manylinux2014_x86_64.whl'));
    expect(bad.problems.map((p) => p.rule)).toContain('wheel-record-hash');
  });

  it('leaves dest untouched when one download fails mid-set', async () => {
    const local = new LocalSource(src);
    const failing: WheelSource = {
      describe: () => local.describe(),
      list: (log) => local.list(log),
      download: (file, to, o) => (file.name === names[1] ? Promise.reject(new UserError(`Downloading ${file.name} failed: gone.`)) : local.download(file, to, o)),
    };
    const uploader = new RecordingUploader();
    const err = await fetchWheels(options({ source: failing, concurrency: 1, upload: { name: 'w', uploader } })).catch((e) => e);
    expect((err as Error).message).toBe(`Downloading ${names[1]} failed: gone.`);
    expect(await readdir(join(dir, 'work'))).toEqual([]);
    expect(uploader.calls).toEqual([]);
  });

  it('refuses to mix into a dest that holds other distributions', async () => {
    await mkdir(dest, { recursive: true });
    await writeFile(join(dest, 'demo-1.1.0-py3-none-any.whl'), 'old');
    const err = await fetchWheels(options()).catch((e) => e);
    expect((err as Error).message).toContain(`dest ${dest} already holds distribution files that are not part of this set: demo-1.1.0-py3-none-any.whl.`);
    expect(await readdir(dest)).toEqual(['demo-1.1.0-py3-none-any.whl']);
  });

  it('refuses a set above max-total-size before fetching anything', async () => {
    const err = await fetchWheels(options({ maxTotalSize: 1000 })).catch((e) => e);
    expect((err as Error).message).toMatch(/^The set is [\d.]+ KiB, more than max-total-size \(1000 B\)\. Nothing was written to dest\./);
    expect(await readdir(join(dir, 'work')).catch(() => [])).toEqual([]);
  });

  it('reuses files an earlier run left in dest when they still hash as recorded, and fetches the others anew', async () => {
    await fetchWheels(options());
    // Same size, other bytes: must not be trusted.
    const victim = join(dest, names[0]!);
    const bytes = await readFile(victim);
    bytes[bytes.length - 1] ^= 0xff;
    await writeFile(victim, bytes);
    const log = new MemoryLogger();
    const r = await fetchWheels(options({ log }));
    expect(r.reused).toBe(names.length - 1);
    expect(r.files.find((f) => f.chosen.file.name === names[0])!.reused).toBe(false);
    expect(sha(await readFile(victim))).toBe(sha(await readFile(join(src, names[0]!))));
    expect(log.text()).toContain(`${names.length - 1} reused`);
  });

  it('fetches again a wheel rebuilt in place at the same size: its source no longer vouches for the bytes in dest', async () => {
    // Two builds that differ only in bytes: seeds of one letter change the padding, not the size.
    const original = await makeWheel(src, { name: 'demo', version: '1.2.0', tags: TAGS[0], padBytes: 2000, seed: 'a' });
    await fetchWheels(options());
    const rebuilt = await makeWheel(join(dir, 'rebuild'), { name: 'demo', version: '1.2.0', tags: TAGS[0], padBytes: 2000, seed: 'b' });
    const [before, after] = [await readFile(original), await readFile(rebuilt)];
    expect(after.length).toBe(before.length);
    expect(sha(after)).not.toBe(sha(before));
    await writeFile(original, after);
    const r = await fetchWheels(options());
    const name = rebuilt.split('/').pop()!;
    expect(r.files.find((f) => f.chosen.file.name === name)!.reused).toBe(false);
    expect(r.reused).toBe(names.length - 1);
    expect(sha(await readFile(join(dest, name)))).toBe(sha(after));
    expect((await readManifest(r.manifestPath)).files.find((f) => f.filename === name)!.sha256).toBe(sha(after));
  });

  it('reuses a file while the source gives the ETag the manifest recorded, and fetches it again once the ETag changes (multipart ETags are no MD5)', async () => {
    const local = new LocalSource(src);
    let generation = 1;
    const tagged: WheelSource = {
      describe: () => local.describe(),
      list: async (log) => (await local.list(log)).map((f) => ({ ...f, etag: `${createHash('md5').update(f.name).digest('hex')}-${generation}` })),
      download: (file, to, o) => local.download(file, to, o),
    };
    const first = await fetchWheels(options({ source: tagged }));
    expect((await readManifest(first.manifestPath)).files.map((f) => f.sourceEtag)).toEqual(names.map((n) => `${createHash('md5').update(n).digest('hex')}-1`));
    expect((await fetchWheels(options({ source: tagged }))).reused).toBe(names.length);
    generation = 2;
    expect((await fetchWheels(options({ source: tagged }))).reused).toBe(0);
  });

  it('reuses nothing when the source says nothing that identifies its bytes', async () => {
    await fetchWheels(options());
    const local = new LocalSource(src);
    const mute: WheelSource = {
      describe: () => local.describe(),
      list: async (log) => (await local.list(log)).map(({ etag: _etag, ...f }) => f),
      download: (file, to, o) => local.download(file, to, o),
    };
    const r = await fetchWheels(options({ source: mute }));
    expect(r.reused).toBe(0);
  });

  it('refuses a set without expect or expect-count before looking at the source, unless allow-any-set says any set will do', async () => {
    const err = await fetchWheels(options({ select: { packages: [], expect: [] } })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Neither expect nor expect-count is set, and fetch-wheels does not guess/);
    expect(existsSync(dest)).toBe(false);
    const log = new MemoryLogger();
    const r = await fetchWheels(options({ log, select: { packages: [], expect: [] }, allowAnySet: true }));
    expect(r.files.map((f) => f.chosen.file.name)).toEqual(names);
    expect(log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      `allow-any-set: the ${names.length} file(s) the source holds are taken as the whole set, without a completeness check.`,
    ]);
  });

  it('never waits for a set of open size: allow-any-set or globbed lines without expect-count', async () => {
    for (const opts of [
      { select: { packages: ['demo'], expect: [] }, allowAnySet: true },
      { select: { packages: ['demo'], expect: ['cp3*-*-*'] } },
    ]) {
      const err = await fetchWheels(options({ ...opts, waitTimeoutSeconds: 60 })).catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/waiting would end too early|a wait could end at the first wheel/);
    }
    expect(existsSync(dest)).toBe(false);
  });
});
