import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { UserError } from '../../../src/errors.js';
import { CheckedFile, writeChecked } from '../../../src/files/checked-file.js';

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checked-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const pieces = (data: Buffer, size = 100_000): Readable =>
  Readable.from((function* () {
    for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
  })());

describe('CheckedFile', () => {
  it('writes beside dest, and dest appears only once the bytes are checked', async () => {
    const data = randomBytes(2 * 1024 * 1024 + 3);
    const dest = join(dir, 'sub', 'x.whl');
    const file = await CheckedFile.create(dest, { expectedSize: data.length, expectedSha256: sha(data).toUpperCase() });
    expect(file.part).toMatch(/sub\/x\.whl\.part-[0-9a-f]{12}$/);
    file.write(data.subarray(0, 1000));
    file.write(data.subarray(1000));
    await file.ready();
    expect(await readdir(join(dir, 'sub'))).toEqual([file.part.split('/').pop()]);
    expect(await file.commit()).toEqual({ path: dest, size: data.length, sha256: sha(data) });
    expect((await readFile(dest)).equals(data)).toBe(true);
    expect(await readdir(join(dir, 'sub'))).toEqual(['x.whl']);
  });

  it('refuses bytes that are not the promised ones, leaving dest as it was and no part file', async () => {
    const dest = join(dir, 'x.whl');
    await writeFile(dest, 'the old complete file');
    const wrong = await CheckedFile.create(dest, { expectedSha256: 'a'.repeat(64), what: 'local file /src/x.whl' });
    wrong.write(Buffer.from('other bytes'));
    await expect(wrong.commit()).rejects.toThrow(
      new UserError(
        `x.whl (local file /src/x.whl): sha256 is ${sha('other bytes')} but ${'a'.repeat(64)} was expected. These are not the bytes that were promised; ` +
          'do not publish them. Check the source (was the file rebuilt or replaced?) and the manifest.',
      ),
    );
    const short = await CheckedFile.create(dest, { expectedSize: 100 });
    short.write(Buffer.from('only a few'));
    await expect(short.commit()).rejects.toThrow(/^x\.whl gave 10 bytes, not the 100 listed\./);
    const long = await CheckedFile.create(dest, { expectedSize: 3 });
    expect(() => long.write(Buffer.from('four'))).toThrow(/^x\.whl holds more than the 3 bytes listed\. It changed after it was listed/);
    await long.discard();
    expect(await readFile(dest, 'utf8')).toBe('the old complete file');
    expect(await readdir(dir)).toEqual(['x.whl']);
  });

  it('refuses an expected sha256 that is not one before creating anything', async () => {
    await expect(CheckedFile.create(join(dir, 'new', 'x.whl'), { expectedSha256: 'abc' })).rejects.toThrow(
      'The expected sha256 for x.whl is not 64 hex digits: "abc". Fix the manifest or listing that supplied it.',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('starts over empty on restart(), and leaves nothing on discard()', async () => {
    const dest = join(dir, 'x.whl');
    const file = await CheckedFile.create(dest);
    file.write(Buffer.from('half of an old version'));
    await file.restart();
    expect(file.size).toBe(0);
    file.write(Buffer.from('new'));
    expect(await file.commit()).toEqual({ path: dest, size: 3, sha256: sha('new') });
    const dropped = await CheckedFile.create(join(dir, 'y.whl'));
    dropped.write(Buffer.from('abc'));
    await dropped.discard();
    expect(await readdir(dir)).toEqual(['x.whl']);
  });

  it('says what is wrong with a destination it cannot create', async () => {
    await writeFile(join(dir, 'blocker'), 'a file, not a directory');
    const err = await CheckedFile.create(join(dir, 'blocker', 'x.whl')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Writing .*blocker\/x\.whl\.part-[0-9a-f]{12} failed \((ENOTDIR|EEXIST)\).*Check free space and permissions/);
    expect((err as { code?: string }).code).toMatch(/ENOTDIR|EEXIST/);
  });
});

describe('writeChecked', () => {
  it('streams a source into place with its size and sha256', async () => {
    const data = randomBytes(1_500_000);
    const seen: number[] = [];
    const dest = join(dir, 'x.whl');
    const r = await writeChecked(() => pieces(data), dest, { expectedSize: data.length, expectedSha256: sha(data), onProgress: (n) => seen.push(n) });
    expect(r).toEqual({ path: dest, size: data.length, sha256: sha(data) });
    expect(seen.at(-1)).toBe(data.length);
    expect((await readFile(dest)).equals(data)).toBe(true);
  });

  it('leaves nothing behind when the source fails or the caller aborts', async () => {
    const failing = Readable.from((async function* () {
      yield Buffer.from('some');
      throw new Error('the source broke');
    })());
    await expect(writeChecked(failing, join(dir, 'x.whl'))).rejects.toThrow('the source broke');
    const controller = new AbortController();
    const endless = new Readable({ read() { this.push(Buffer.alloc(65536)); } });
    const p = writeChecked(endless, join(dir, 'y.whl'), { signal: controller.signal, onProgress: (n) => { if (n > 1_000_000) controller.abort(new Error('cancelled by test')); } });
    await expect(p).rejects.toThrow('cancelled by test');
    expect(await readdir(dir)).toEqual([]);
  });
});
