import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availablePythons, describeIf, itIf, motoServerPath, pythonPath, twinePath, which } from '../../support/tools.js';

describe('pythonPath and availablePythons on a fake pyenv tree', () => {
  let root: string;
  const saved = process.env.PYENV_ROOT;

  async function fakePython(full: string, minorName: string, executable = true) {
    const bin = join(root, 'versions', full, 'bin');
    await mkdir(bin, { recursive: true });
    const file = join(bin, minorName);
    await writeFile(file, '#!/bin/sh\n');
    await chmod(file, executable ? 0o755 : 0o644);
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'fake-pyenv-'));
    await fakePython('2.7.18', 'python2.7');
    await fakePython('3.9.1', 'python3.9');
    await fakePython('3.10.2', 'python3.10');
    await fakePython('3.10.11', 'python3.10');
    await fakePython('3.13.0', 'python3.13', false); // not executable: not usable
    await fakePython('pypy3.9-7.3.11', 'python3.9'); // not CPython x.y.z
    await mkdir(join(root, 'versions', '3.12.1')); // no interpreter inside
    process.env.PYENV_ROOT = root;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.PYENV_ROOT;
    else process.env.PYENV_ROOT = saved;
    await rm(root, { recursive: true, force: true });
  });

  it('lists usable CPythons oldest first, comparing versions numerically', () => {
    expect(availablePythons()).toEqual([
      { version: '2.7', full: '2.7.18', path: join(root, 'versions/2.7.18/bin/python2.7') },
      { version: '3.9', full: '3.9.1', path: join(root, 'versions/3.9.1/bin/python3.9') },
      { version: '3.10', full: '3.10.2', path: join(root, 'versions/3.10.2/bin/python3.10') },
      { version: '3.10', full: '3.10.11', path: join(root, 'versions/3.10.11/bin/python3.10') },
    ]);
  });

  it('resolves requests like setup-python reads them', () => {
    expect(pythonPath('2.7')).toBe(join(root, 'versions/2.7.18/bin/python2.7'));
    expect(pythonPath('3.10')).toBe(join(root, 'versions/3.10.11/bin/python3.10'));
    expect(pythonPath('3.10.2')).toBe(join(root, 'versions/3.10.2/bin/python3.10'));
    expect(pythonPath('3.x')).toBe(join(root, 'versions/3.10.11/bin/python3.10'));
    expect(pythonPath('3.1')).toBeUndefined();
    expect(pythonPath('3.12')).toBeUndefined();
    expect(pythonPath('3.13')).toBeUndefined();
  });
});

describe('the real machine', () => {
  const pythons = availablePythons();
  if (pythons.length === 0) console.warn('SKIPPED: real interpreter checks because /root/.pyenv/versions has no Python');

  it.each(pythons.map((p) => [p.full, p.path]))('Python %s at %s is that version', (full, path) => {
    const out = execFileSync(path, ['-c', 'import sys; print(".".join(map(str, sys.version_info[:3])))']).toString().trim();
    expect(out).toBe(full);
  });

  itIf(pythons.some((p) => p.full === '3.12.1'), 'Python 3.12.1 is not under /root/.pyenv/versions')(
    "maps '3.12' to /root/.pyenv/versions/3.12.1/bin/python3.12",
    () => {
      expect(pythonPath('3.12')).toBe('/root/.pyenv/versions/3.12.1/bin/python3.12');
    },
  );

  it('finds executables on PATH only', async () => {
    expect(which('sh')).toMatch(/\/sh$/);
    const dir = await mkdtemp(join(tmpdir(), 'which-'));
    try {
      await writeFile(join(dir, 'notexec'), 'x');
      expect(which('notexec', [dir])).toBeUndefined();
      await chmod(join(dir, 'notexec'), 0o755);
      expect(which('notexec', [dir])).toBe(join(dir, 'notexec'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  itIf(twinePath(), 'twine is not installed (Debian package twine)')('twinePath gives a twine that runs', () => {
    expect(execFileSync(twinePath()!, ['--version']).toString()).toMatch(/twine/);
  });

  itIf(motoServerPath(), 'moto_server is not installed')('motoServerPath gives a moto_server that runs, not the pyenv shim', () => {
    const path = motoServerPath()!;
    expect(path).not.toContain('/shims/');
    expect(execFileSync(path, ['--help']).toString()).toMatch(/usage/i);
  });
});

describe('describeIf / itIf skip loudly', () => {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
  let ranEnabled = false;
  try {
    describeIf(false, 'the tool is missing')('a group that must not run (intentionally skipped)', () => {
      it('would fail', () => {
        throw new Error('a skipped describe ran');
      });
    });
    itIf(0, 'no interpreter')('a test that must not run (intentionally skipped)', () => {
      throw new Error('a skipped test ran');
    });
    describeIf(true, 'unused')('an enabled group', () => {
      itIf('yes', 'unused')('runs', () => {
        ranEnabled = true;
      });
    });
  } finally {
    console.warn = original;
  }

  it('warned at collection time for each skip, naming the test and the reason, and ran the enabled ones', () => {
    expect(warned).toEqual([
      'SKIPPED: a group that must not run (intentionally skipped) because the tool is missing',
      'SKIPPED: a test that must not run (intentionally skipped) because no interpreter',
    ]);
    expect(ranEnabled).toBe(true);
  });
});
