/**
 * The local and artifact sources on real files. The artifact backend here
 * hands over a zip from disk (the real one, @actions/artifact against the
 * GitHub fake, is in test/integration/fetch-wheels/github.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yazl from 'yazl';
import { UserError } from '../../../../src/errors.js';
import { MemoryLogger } from '../../../../src/log.js';
import { ArtifactSource, unsafeMemberName, type ArtifactBackend, type ArtifactRef } from '../../../../src/sources/artifact.js';
import { LocalSource } from '../../../../src/sources/local.js';
import { patchZipEntries } from '../../../support/zip-patch.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function writeZip(path: string, files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name, { mtime: new Date(2024, 0, 1) });
    else zip.addBuffer(Buffer.from(data), name, { mtime: new Date(2024, 0, 1) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  await writeFile(path, bytes);
  return bytes;
}

/** Serves one zip from disk as "the artifact". */
class DiskBackend implements ArtifactBackend {
  downloads = 0;
  constructor(
    private readonly zip: string,
    public ref: ArtifactRef | undefined,
  ) {}
  where() {
    return 'run 1 of o/r';
  }
  async find() {
    return this.ref;
  }
  async downloadZip(_ref: ArtifactRef, dir: string) {
    this.downloads++;
    await copyFile(this.zip, join(dir, 'a.zip'));
    return join(dir, 'a.zip');
  }
  webUrl(ref: ArtifactRef) {
    return `https://github.com/o/r/actions/runs/1/artifacts/${ref.id}`;
  }
}

describe('LocalSource', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'local-src-'));
    await mkdir(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'a-1.0-py3-none-any.whl'), 'aaa');
    await writeFile(join(dir, 'sub', 'b-1.0-py3-none-any.whl'), 'bb');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lists the files of a directory (not its subdirectories), a single file, or a glob', async () => {
    const log = new MemoryLogger();
    expect(await new LocalSource(dir).list(log)).toEqual([
      { name: 'a-1.0-py3-none-any.whl', key: join(dir, 'a-1.0-py3-none-any.whl'), size: 3, url: pathToFileURL(join(dir, 'a-1.0-py3-none-any.whl')).href, etag: expect.stringMatching(/^mtime-\d+-ino-\d+-size-3$/) },
    ]);
    expect((await new LocalSource(join(dir, 'sub', 'b-1.0-py3-none-any.whl')).list(log)).map((f) => f.size)).toEqual([2]);
    expect((await new LocalSource(join(dir, '**', '*.whl')).list(log)).map((f) => f.name)).toEqual(['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl']);
    expect(await new LocalSource(join(dir, 'nothing-yet')).list(log)).toEqual([]);
  });

  it('copies checked bytes into place, and refuses a file that changed since it was listed', async () => {
    const source = new LocalSource(dir);
    const [file] = await source.list(new MemoryLogger());
    const r = await source.download(file!, join(dir, 'out', file!.name), { log: new MemoryLogger() });
    expect(r).toEqual({ path: join(dir, 'out', file!.name), size: 3, sha256: sha('aaa'), attempts: 1 });
    await writeFile(join(dir, 'a-1.0-py3-none-any.whl'), 'aaaa');
    const err = await source.download(file!, join(dir, 'out2', file!.name), { log: new MemoryLogger() }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('holds more than the 3 bytes listed. It changed after it was listed');
    expect(await readdir(join(dir, 'out2'))).toEqual([]);
  });
});

describe('ArtifactSource', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'artifact-src-'));
    await mkdir(join(dir, 'work'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('fetches the zip once, lists its members and extracts one with its sha256', async () => {
    const zipPath = join(dir, 'a.zip');
    const bytes = await writeZip(zipPath, { 'dist/': '', 'dist/x-1.0-py3-none-any.whl': 'wheel bytes', 'log.txt': 'log' });
    const backend = new DiskBackend(zipPath, { id: 9, name: 'wheels', size: bytes.length, digest: `sha256:${sha(bytes)}` });
    const source = new ArtifactSource('wheels', backend, { workDir: join(dir, 'work'), maxBytes: 1e9 });
    const log = new MemoryLogger();
    const files = await source.list(log);
    expect(files).toEqual([
      { name: 'x-1.0-py3-none-any.whl', key: 'dist/x-1.0-py3-none-any.whl', size: 11, url: 'https://github.com/o/r/actions/runs/1/artifacts/9#dist/x-1.0-py3-none-any.whl', etag: 'artifact-9' },
      { name: 'log.txt', key: 'log.txt', size: 3, url: 'https://github.com/o/r/actions/runs/1/artifacts/9#log.txt', etag: 'artifact-9' },
    ]);
    await source.list(log);
    expect(backend.downloads).toBe(1);
    const r = await source.download(files[0]!, join(dir, 'out', 'x-1.0-py3-none-any.whl'), { log });
    expect(r.sha256).toBe(sha('wheel bytes'));
    expect(await readFile(r.path, 'utf8')).toBe('wheel bytes');
  });

  it('is empty while the artifact does not exist', async () => {
    const source = new ArtifactSource('wheels', new DiskBackend('/nonexistent', undefined), { workDir: join(dir, 'work'), maxBytes: 1e9 });
    expect(await source.list(new MemoryLogger())).toEqual([]);
  });

  it("refuses a zip whose sha256 is not GitHub's digest", async () => {
    const zipPath = join(dir, 'a.zip');
    const bytes = await writeZip(zipPath, { 'x.whl': 'x' });
    const source = new ArtifactSource('wheels', new DiskBackend(zipPath, { id: 9, name: 'wheels', size: bytes.length, digest: `sha256:${'0'.repeat(64)}` }), {
      workDir: join(dir, 'work'),
      maxBytes: 1e9,
    });
    const err = await source.list(new MemoryLogger()).catch((e) => e);
    expect((err as Error).message).toBe(
      `artifact wheels of run 1 of o/r: the zip downloaded has sha256 ${sha(bytes)}, but GitHub recorded ${'0'.repeat(64)} for it. The download was damaged or the artifact replaced; re-run.`,
    );
  });

  it('refuses an absolute member name, and members that declare more than max-total-size', async () => {
    const zipPath = join(dir, 'a.zip');
    await writeZip(zipPath, { 'Xtmp/evil.whl': 'x' });
    await patchZipEntries(zipPath, { 'Xtmp/evil.whl': { name: '/tmp/evil.whl' } });
    const bytes = await readFile(zipPath);
    const abs = new ArtifactSource('a', new DiskBackend(zipPath, { id: 1, name: 'a', size: bytes.length }), { workDir: join(dir, 'work'), maxBytes: 1e9 });
    expect(((await abs.list(new MemoryLogger()).catch((e) => e)) as Error).message).toBe(
      'artifact a of run 1 of o/r holds a member whose name would escape the destination (absolute path: /tmp/evil.whl). Refusing the whole artifact; check what uploaded it.',
    );

    const big = join(dir, 'big.zip');
    const bigBytes = await writeZip(big, { 'x.whl': Buffer.alloc(5000) });
    const bounded = new ArtifactSource('b', new DiskBackend(big, { id: 2, name: 'b', size: bigBytes.length }), { workDir: join(dir, 'work'), maxBytes: 4000 });
    expect(((await bounded.list(new MemoryLogger()).catch((e) => e)) as Error).message).toBe(
      'artifact b of run 1 of o/r declares 4.9 KiB of files, more than max-total-size (3.9 KiB). Raise max-total-size if this is expected.',
    );
    expect(unsafeMemberName('a/../../b.whl')).toBe('it climbs out of the archive with ".."');
    expect(unsafeMemberName('C:/x.whl')).toBe('it is an absolute path');
    expect(unsafeMemberName('dist/x.whl')).toBeUndefined();
  });
});
