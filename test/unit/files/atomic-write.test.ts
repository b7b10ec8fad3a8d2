import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { UserError } from '../../../src/errors.js';
import { isPartFile, partPathFor, writeFileAtomically } from '../../../src/files/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('creates the directory, writes text as UTF-8 or bytes as they are, and leaves only the file', async () => {
    const dest = join(dir, 'a', 'b', 'state.json');
    await writeFileAtomically(dest, '{"name": "ünïcode"}\n');
    expect(await readFile(dest, 'utf8')).toBe('{"name": "ünïcode"}\n');
    await writeFileAtomically(dest, Uint8Array.from([0, 255, 10]));
    expect([...(await readFile(dest))]).toEqual([0, 255, 10]);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['state.json']);
  });

  it('writes a stream as it comes, in order', async () => {
    const dest = join(dir, 'x.whl');
    const pieces = Array.from({ length: 50 }, (_, i) => Buffer.alloc(70_000, i));
    await writeFileAtomically(dest, Readable.from(pieces));
    expect((await readFile(dest)).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('keeps the old file when the stream fails, and removes its part file', async () => {
    const dest = join(dir, 'x.whl');
    await writeFile(dest, 'old');
    const failing = (async function* () {
      yield Buffer.from('partial bytes');
      throw new Error('the source broke');
    })();
    await expect(writeFileAtomically(dest, failing)).rejects.toThrow('the source broke');
    expect(await readFile(dest, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['x.whl']);
  });

  it('replaces a file whole: many writers of one destination each leave a complete file, and no part file', async () => {
    const dest = join(dir, 'manifest.json');
    await writeFile(dest, 'old');
    const texts = Array.from({ length: 20 }, (_, i) => `${String(i).repeat(50_000)}\n`);
    await Promise.all(texts.map((t) => writeFileAtomically(dest, t)));
    expect(texts).toContain(await readFile(dest, 'utf8'));
    expect(await readdir(dir)).toEqual(['manifest.json']);
  });

  it('leaves the destination as it was and removes its part file when the rename fails', async () => {
    const dest = join(dir, 'taken');
    await mkdir(dest);
    await writeFile(join(dest, 'inside'), 'kept');
    const err = await writeFileAtomically(dest, 'new').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Moving .*taken\.part-[0-9a-f]{12} to .*taken failed \((EISDIR|ENOTEMPTY|EEXIST)\)\. Check that .*taken is not a directory and is writable\./);
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(dest, 'inside'), 'utf8')).toBe('kept');
  });

  it('lets a stream go when its part file cannot be created', async () => {
    await writeFile(join(dir, 'blocker'), 'a file, not a directory');
    const source = Readable.from([Buffer.from('never read')]);
    const err = await writeFileAtomically(join(dir, 'blocker', 'x.whl'), source).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(source.destroyed).toBe(true);
  });

  it("passes the source's own failure on as it is, not as a problem of the destination", async () => {
    const failing = (async function* () {
      yield Buffer.from('some bytes');
      throw Object.assign(new Error("EACCES: permission denied, open '/src/input'"), { code: 'EACCES' });
    })();
    const err = await writeFileAtomically(join(dir, 'x.whl'), failing).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(UserError);
    expect((err as Error).message).toBe("EACCES: permission denied, open '/src/input'");
    expect(await readdir(dir)).toEqual([]);
  });

  it('says what to check when the directory cannot be written, and writes nothing', async () => {
    if (process.getuid?.() === 0) {
      // root writes into a read-only directory anyway; a file in the way of the directory fails for everyone.
      await writeFile(join(dir, 'blocker'), 'a file, not a directory');
      const err = await writeFileAtomically(join(dir, 'blocker', 'x.json'), '{}').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/^Writing .*blocker\/x\.json\.part-[0-9a-f]{12} failed \((ENOTDIR|EEXIST)\): .*Check free space and permissions in .*blocker\./);
      expect(await readdir(dir)).toEqual(['blocker']);
      return;
    }
    await chmod(dir, 0o555);
    const err = await writeFileAtomically(join(dir, 'x.json'), '{}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/failed \(EACCES\).*Check free space and permissions/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('names each part file afresh beside its destination', () => {
    const a = partPathFor('/d/x.whl');
    expect(a).toMatch(/^\/d\/x\.whl\.part-[0-9a-f]{12}$/);
    expect(partPathFor('/d/x.whl')).not.toBe(a);
    expect(isPartFile(a)).toBe(true);
    expect(isPartFile('/d/x.whl')).toBe(false);
    expect(isPartFile('/d/x.whl.part-notours')).toBe(false);
  });
});
