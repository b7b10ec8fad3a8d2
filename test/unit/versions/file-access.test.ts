import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { cachedFileAccess, localFileAccess, memoryFileAccess, repoPath } from '../../../src/versions/index.js';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'versions-files-'));
  await mkdir(join(root, 'pkg'));
  await writeFile(join(root, 'pkg', '__init__.py'), Buffer.from('\uFEFF__version__ = "1.0"\r\n', 'utf8'));
  await writeFile(join(root, 'latin1.txt'), Buffer.from([0x76, 0xe9, 0x0a]));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('localFileAccess', () => {
  it('reads UTF-8 text keeping the BOM and CRLF, and lists directories', async () => {
    const files = localFileAccess(root);
    expect(await files.read('pkg/__init__.py')).toBe('\uFEFF__version__ = "1.0"\r\n');
    expect(await files.read('./pkg//__init__.py')).toBe('\uFEFF__version__ = "1.0"\r\n');
    expect(await files.list('')).toEqual(['latin1.txt', 'pkg']);
    expect(await files.list('pkg')).toEqual(['__init__.py']);
  });

  it('answers undefined / [] for what is not there, or not of that kind', async () => {
    const files = localFileAccess(root);
    expect(await files.read('missing.py')).toBeUndefined();
    expect(await files.read('pkg')).toBeUndefined();
    expect(await files.list('pkg/__init__.py')).toEqual([]);
    expect(await files.list('nowhere')).toEqual([]);
  });

  it('refuses text that would not survive a rewrite, and paths outside the repository', async () => {
    const files = localFileAccess(root);
    await expect(files.read('latin1.txt')).rejects.toThrow(new UserError('latin1.txt is not UTF-8 text, so its version cannot be rewritten safely.'));
    await expect(files.read('../etc/passwd')).rejects.toThrow(UserError);
    expect(() => repoPath('a/../../b')).toThrow(/must be a path inside the repository/);
    expect(() => repoPath('C:/x')).toThrow(/must be a path inside the repository/);
    expect(repoPath('.\\src\\pkg\\')).toBe('src/pkg');
  });
});

describe('memoryFileAccess and cachedFileAccess', () => {
  it('imply directories from paths', async () => {
    const files = memoryFileAccess({ 'a/b/c.py': '', 'a/d.txt': 'x', 'e': 'y' });
    expect(await files.list('')).toEqual(['a', 'e']);
    expect(await files.list('a')).toEqual(['b', 'd.txt']);
    expect(await files.list('a/b/c.py')).toEqual([]);
    expect(await files.read('a/d.txt')).toBe('x');
    expect(await files.read('a')).toBeUndefined();
  });

  it('asks the underlying access once per path', async () => {
    const inner = memoryFileAccess({ 'x/y': '1' });
    const calls: string[] = [];
    const cached = cachedFileAccess({
      read: (p) => (calls.push(`read ${p}`), inner.read(p)),
      list: (d) => (calls.push(`list ${d}`), inner.list(d)),
    });
    await cached.read('x/y');
    await cached.read('./x/y');
    await cached.list('x');
    await cached.list('x/');
    expect(calls).toEqual(['read x/y', 'list x']);
  });
});
