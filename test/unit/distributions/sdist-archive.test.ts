import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { commonPrefix, readSdistArchive } from '../../../src/distributions/sdist-archive.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { haveTool, makeTempDir, pkgInfoText, pythonWithPackaging, runPython, tarGz, writeSdist, zipBuffer, type TarMember } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const gnuTar = haveTool('tar');
const python = pythonWithPackaging();
if (!python) console.warn('SKIPPED: comparing member names with Python tarfile because no python3 was found');
if (!gnuTar) console.warn('SKIPPED: sdists made by GNU tar because tar is not installed');

describe('readSdistArchive (.tar.gz)', () => {
  it('finds PKG-INFO under the single top-level directory', async () => {
    const path = await writeSdist(dir, 'demo_pkg', '1.0');
    const sdist = await readSdistArchive(path);
    expect(sdist.problems).toEqual([]);
    expect(sdist.members).toEqual(['demo_pkg-1.0', 'demo_pkg-1.0/setup.py', 'demo_pkg-1.0/PKG-INFO']);
    expect(sdist.topLevel).toBe('demo_pkg-1.0');
    expect(sdist.pkgInfoPath).toBe('demo_pkg-1.0/PKG-INFO');
    expect(sdist.pkgInfo).toBe(pkgInfoText('demo_pkg', '1.0'));
  });

  (gnuTar ? it : it.skip)('reads sdists written by GNU tar, with pax and GNU long names', async () => {
    for (const format of ['gnu', 'pax', 'ustar']) {
      const root = join(dir, `tree-${format}`);
      const top = join(root, 'tarred-2.0');
      const deep = join(top, 'a'.repeat(60), 'b'.repeat(60));
      await mkdir(deep, { recursive: true });
      await writeFile(join(top, 'PKG-INFO'), pkgInfoText('tarred', '2.0'));
      await writeFile(join(deep, 'long.txt'), 'long path');
      const path = join(dir, `tarred-${format}-2.0.tar.gz`);
      execFileSync('tar', [`--format=${format}`, '-czf', path, '-C', root, 'tarred-2.0']);
      const sdist = await readSdistArchive(path);
      expect({ format, problems: sdist.problems }).toEqual({ format, problems: [] });
      expect(sdist.pkgInfo).toBe(pkgInfoText('tarred', '2.0'));
      expect(sdist.members).toContain(`tarred-2.0/${'a'.repeat(60)}/${'b'.repeat(60)}/long.txt`);
      expect(sdist.members).toContain('tarred-2.0');
      if (python) {
        // Python's tarfile is what warehouse reads sdists with: same names, same order.
        const names = runPython(python, 'import json, sys, tarfile; print(json.dumps(tarfile.open(json.load(sys.stdin), "r:gz").getnames()))', path);
        expect(sdist.members).toEqual(names);
      }
    }
  });

  it('reports a missing PKG-INFO with PyPI\'s message', async () => {
    const path = await writeSdist(dir, 'nopkginfo', '1.0', { pkgInfo: null });
    const sdist = await readSdistArchive(path);
    expect(sdist.problems).toEqual([expect.objectContaining({ rule: 'sdist-missing-pkg-info', pypiMessage: 'Invalid distribution file. PKG-INFO not found at nopkginfo-1.0/PKG-INFO' })]);
  });

  it('refuses a PKG-INFO it cannot read: a link, a directory, a FIFO, or one hidden behind look-alike names', async () => {
    const cases: [string, TarMember[], RegExp][] = [
      ['symlink', [{ name: 'demo-1.0/PKG-INFO', type: '2', linkname: 'other/PKG-INFO' }], /it is not a regular file \(tar member type "2": a symbolic link\)/],
      ['directory', [{ name: 'demo-1.0/PKG-INFO', type: '5' }], /it is not a regular file \(tar member type "5": a directory\)/],
      ['fifo', [{ name: 'demo-1.0/PKG-INFO', type: '6' }], /it is not a regular file \(tar member type "6": a FIFO\)/],
      ['decoys', [
        ...'abcdefghijklmnop'.split('').map((c) => ({ name: `demo-1.0${c}PKG-INFO`, data: pkgInfoText('demo', '1.0') })),
        { name: 'demo-1.0/PKG-INFO', data: pkgInfoText('demo', '6.6') },
      ], /the archive names more than 16 members like it before it/],
    ];
    for (const [what, members, why] of cases) {
      const path = join(dir, `unreadable-${what}.tar.gz`);
      await writeFile(path, tarGz([{ name: 'demo-1.0', type: '5' }, { name: 'demo-1.0/setup.py', data: '' }, ...members]));
      const sdist = await readSdistArchive(path);
      expect(sdist.pkgInfo).toBeUndefined();
      expect(sdist.problems.map((p) => p.rule)).toEqual(['sdist-pkg-info-unreadable']);
      expect(sdist.problems[0]!.message).toMatch(why);
    }
  });

  it('reports files outside one top-level directory', async () => {
    const path = join(dir, 'flat-1.0.tar.gz');
    await writeFile(path, tarGz([{ name: 'PKG-INFO', data: pkgInfoText('flat', '1.0') }, { name: 'setup.py', data: '' }]));
    const sdist = await readSdistArchive(path);
    expect(sdist.problems).toEqual([expect.objectContaining({ rule: 'sdist-top-level', pypiMessage: 'Invalid distribution file. Incorrect number of top-level directories in sdist' })]);
  });

  it('reports a file that is not gzip, and gzip that is not tar', async () => {
    const notGzip = join(dir, 'notgzip-1.0.tar.gz');
    await writeFile(notGzip, 'plain text');
    expect((await readSdistArchive(notGzip)).problems).toEqual([expect.objectContaining({ rule: 'sdist-invalid', pypiMessage: 'Invalid distribution file. File is not a tarfile' })]);
    const notTar = join(dir, 'nottar-1.0.tar.gz');
    await writeFile(notTar, gzipSync(Buffer.alloc(2000, 'x')));
    const result = await readSdistArchive(notTar);
    expect(result.readable).toBe(false);
    expect(result.problems[0].message).toMatch(/not a tar archive/);
  });

  it('reports a truncated archive', async () => {
    const whole = tarGz([{ name: 'cut-1.0/PKG-INFO', data: 'x'.repeat(5000) }]);
    const path = join(dir, 'cut-1.0.tar.gz');
    // Re-compress only the first part of the tar stream: valid gzip, truncated tar.
    const { gunzipSync } = await import('node:zlib');
    await writeFile(path, gzipSync(gunzipSync(whole).subarray(0, 2048)));
    expect((await readSdistArchive(path)).problems).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'sdist-invalid', message: expect.stringMatching(/truncated/), pypiMessage: 'Invalid distribution file.' })]));
  });

  (gnuTar ? it : it.skip)('refuses sparse members, as GNU tar and pax write them, where Python\'s tarfile sees them too', async () => {
    const root = join(dir, 'sparse-src');
    await mkdir(join(root, 'holes-1.0'), { recursive: true });
    await writeFile(join(root, 'holes-1.0', 'PKG-INFO'), pkgInfoText('holes', '1.0'));
    // A file that is mostly a hole: tar --sparse stores it as a sparse member.
    execFileSync('truncate', ['-s', '8M', join(root, 'holes-1.0', 'data.bin')]);
    execFileSync('sh', ['-c', `printf tail >> "${join(root, 'holes-1.0', 'data.bin')}"`]);
    for (const format of ['gnu', 'pax']) {
      const path = join(dir, `holes-${format}-1.0.tar.gz`);
      execFileSync('tar', [`--format=${format}`, '--sparse', '-czf', path, '-C', root, 'holes-1.0']);
      const sdist = await readSdistArchive(path);
      expect({ format, rules: sdist.problems.map((p) => p.rule) }).toEqual({ format, rules: ['sdist-sparse-member'] });
      expect(sdist.problems[0].pypiMessage).toBe('Invalid distribution file. tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information');
      // The members after the sparse one are still read, and PKG-INFO is found.
      expect(sdist.pkgInfo).toBe(pkgInfoText('holes', '1.0'));
      if (python) {
        const sparse = runPython(python, 'import json, sys, tarfile\nwith tarfile.open(json.load(sys.stdin)) as t:\n    print(json.dumps([m.name for m in t.getmembers() if m.issparse()]))', path);
        expect(sparse).toEqual(['holes-1.0/data.bin']);
      }
    }
  });

  it('refuses a compressed stream that breaks off, as Python\'s tarfile fails on it', async () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `line ${i * 7919 % 10007}\n`).join('');
    const whole = tarGz([{ name: 'broken-1.0/PKG-INFO', data: pkgInfoText('broken', '1.0') }, { name: 'broken-1.0/a.txt', data: text }]);
    const path = join(dir, 'broken-1.0.tar.gz');
    // The deflate stream ends half-way, before its end-of-stream marker.
    await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const sdist = await readSdistArchive(path);
    expect(sdist.problems).toEqual([expect.objectContaining({ rule: 'sdist-invalid', pypiMessage: 'Invalid distribution file.' })]);
    if (python) {
      const raised = runPython(python, 'import json, sys, tarfile, zlib\ntry:\n    with tarfile.open(json.load(sys.stdin), "r:gz") as t:\n        t.getnames()\n    print(json.dumps(None))\nexcept (tarfile.TarError, zlib.error, EOFError, OSError) as e:\n    print(json.dumps(type(e).__name__))', path);
      expect(raised).not.toBeNull();
    }
  });

  it('stops reading a gzip bomb', async () => {
    const path = join(dir, 'gzbomb-1.0.tar.gz');
    await writeFile(path, tarGz([{ name: 'gzbomb-1.0/PKG-INFO', data: pkgInfoText('gzbomb', '1.0') }, { name: 'gzbomb-1.0/zeros', data: Buffer.alloc(40 * 1024 * 1024) }]));
    const sdist = await readSdistArchive(path);
    expect(sdist.problems).toEqual([expect.objectContaining({ rule: 'sdist-compression-ratio' })]);
  });
});

describe('readSdistArchive (.zip)', () => {
  it('reads PKG-INFO from a zip sdist', async () => {
    const path = join(dir, 'zipped-1.0.zip');
    await writeFile(path, await zipBuffer([{ name: 'zipped-1.0/', directory: true }, { name: 'zipped-1.0/PKG-INFO', data: pkgInfoText('zipped', '1.0') }]));
    const sdist = await readSdistArchive(path);
    expect(sdist.problems).toEqual([]);
    expect(sdist.pkgInfoPath).toBe('zipped-1.0/PKG-INFO');
    expect(sdist.pkgInfo).toContain('Name: zipped');
  });
});

const python313 = pythonPath('3.13');

describeIf(python313, 'no Python 3.13 to say where warehouse looks for PKG-INFO')('where PKG-INFO is looked for, as warehouse looks (os.path.commonprefix)', () => {
  it('refuses what warehouse refuses in its words, and says why when PKG-INFO is there but not beneath the prefix', async () => {
    const out = join(dir, 'top-level');
    await mkdir(out);
    const reference = JSON.parse(execFileSync(python313!, [join(process.cwd(), 'test/fixtures/sdist/top-level.py'), out], { encoding: 'utf8' })) as Record<string, { ok: boolean; error?: string }>;
    expect(Object.keys(reference)).toEqual(['lone-pkg-info', 'with-directory', 'pkg-info-and-backup', 'normal', 'no-pkg-info']);
    for (const [variant, verdict] of Object.entries(reference)) {
      const sdist = await readSdistArchive(join(out, `${variant}.tar.gz`));
      const missing = sdist.problems.find((p) => p.rule === 'sdist-missing-pkg-info');
      expect({ variant, pypiMessage: missing?.pypiMessage }).toEqual({ variant, pypiMessage: verdict.ok ? undefined : `Invalid distribution file. ${verdict.error}` });
    }
    // A lone demo-1.0/PKG-INFO is its own common prefix: it is there, so "missing" would mislead.
    const lone = (await readSdistArchive(join(out, 'lone-pkg-info.tar.gz'))).problems[0];
    expect(lone.message).toBe('demo-1.0/PKG-INFO is not where PyPI looks for PKG-INFO: it takes the common prefix of all member names, "demo-1.0/PKG-INFO" (the only member), as the top-level directory and looks for demo-1.0/PKG-INFO/PKG-INFO');
    const backup = (await readSdistArchive(join(out, 'pkg-info-and-backup.tar.gz'))).problems[0];
    expect(backup.message).toMatch(/^demo-1\.0\/PKG-INFO is not where PyPI looks for PKG-INFO: it takes the common prefix of all member names, "demo-1\.0\/PKG-INFO", as/);
    expect((await readSdistArchive(join(out, 'no-pkg-info.tar.gz'))).problems[0].message).toBe('PKG-INFO is missing: there is no demo-1.0/PKG-INFO');
  });
});

describe('commonPrefix (os.path.commonprefix)', () => {
  it('works character by character', () => {
    expect(commonPrefix(['foo-1.0', 'foo-1.0/PKG-INFO'])).toBe('foo-1.0');
    expect(commonPrefix(['foo-1.0/a', 'foo-1.0/b'])).toBe('foo-1.0/');
    expect(commonPrefix(['foo-1.0/a', 'foo-1.0b/x'])).toBe('foo-1.0');
    expect(commonPrefix(['a', 'b'])).toBe('');
    expect(commonPrefix([])).toBe('');
  });
});

describeIf(python313, 'no Python 3.13 to compare commonPrefix with')('commonPrefix against os.path.commonprefix', () => {
  it('orders and compares by code point, as Python does (beyond the BMP, and with surrogate-escaped bytes)', () => {
    const lists = [
      ['demo-1.0/\u{1F40D}', 'demo-1.0/\u{1F40E}'], // one high surrogate shared: the prefix must not end inside the pair
      ['demo-1.0/\uFFFD/a', 'demo-1.0/\u{1F40D}/b', 'demo-1.0/\uFFFD/c'], // U+FFFD sorts before U+1F40D, not after
      ['d\u{10000}x', 'd\uE000x', 'd\u{10000}y'],
      ['demo-1.0/\udcff.txt', 'demo-1.0/\udcfe.txt', 'demo-1.0/\u{1F40D}'], // tarfile's names for bytes that are not UTF-8
      ['\ud83d', '\ud83dz', '\u{1F40D}'],
    ];
    const script = 'import json, os, sys; print(json.dumps([os.path.commonprefix(names) for names in json.loads(sys.stdin.read())]))';
    const reference = JSON.parse(execFileSync(python313!, ['-c', script], { input: JSON.stringify(lists), encoding: 'utf8' })) as string[];
    expect(reference[0]).toBe('demo-1.0/');
    expect(lists.map(commonPrefix)).toEqual(reference);
  });
});
